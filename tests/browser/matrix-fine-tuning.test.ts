import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { extractDataset } from '../../src/lib/facts/extract-dataset.ts';
import { buildSiteFrom } from './build-site.ts';
import { expectedCellTexts } from './matrix-cells.ts';
import { expectedView, type Filter } from './matrix-expected.ts';
import { applyFilter, openMatrix, shownInMatrix, siteDataset } from './matrix-page.ts';
import { openSite } from './open-site.ts';
import { useTheme, viewports } from './support.ts';

/**
 * The seeds hold deployment facts only, so their matrix never shows a
 * Fine-tune or Both cell. This site is built once from the sample
 * documentation set (tests/fixtures/docs-set), whose Azure OpenAI pages have
 * fine-tuning tables, into its own folder.
 */
const dist = path.resolve('test-results/matrix-fine-tuning/dist');
let dataset: Dataset;
beforeAll(() => {
  buildSiteFrom('matrix-fine-tuning', extractDataset('tests/fixtures/docs-set').dataset);
  dataset = siteDataset(dist);
}, 300_000);
const session = openSite(dist);

const gpt4o = 'azure-gpt-4o-2024-08-06';
const gpt4oMini = 'azure-gpt-4o-mini-2024-07-18';

async function newPage(options: { javaScript?: boolean; theme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await session.browser.newContext({ ...viewports.desktop, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  if (options.theme) await useTheme(page, options.theme);
  return page;
}

/** Each row's cells, column by column (a cell over several columns counted for each), by their text and by the name a screen reader gives them. */
function readCells(page: Page): Promise<{ regions: string[]; rows: { model: string; text: string[]; names: string[] }[] }> {
  return page.evaluate(() => ({
    regions: [...document.querySelectorAll<HTMLElement>('.matrix__region')].map((head) => head.dataset.region!),
    rows: [...document.querySelectorAll<HTMLTableRowElement>('.matrix__row')].map((row) => {
      const cells = [...row.cells].slice(1);
      return {
        model: row.dataset.model!,
        text: cells.flatMap((cell) => Array<string>(cell.colSpan).fill(cell.textContent!.trim())),
        names: cells.flatMap((cell) => Array<string>(cell.colSpan).fill(cell.getAttribute('aria-label') ?? cell.textContent!.trim())),
      };
    }),
  }));
}

test('the site is built from the sample set: 9 Azure models, 13 regions, fine-tuning facts among them', () => {
  expect([dataset.models.length, dataset.regions.length]).toEqual([9, 13]);
  expect(dataset.availability.filter((fact) => fact.capability === 'fine-tuning').map((fact) => `${fact.model} ${fact.region}`)).toContain(`${gpt4o} azure-northcentralus`);
});

describe('Fine-tune and Both cells', () => {
  // Worked out by hand from the sample set's pages (see tests/unit/extract-docs-set.test.ts): gpt-4o (2024-08-06) is
  // deployed and trained in East US 2 and Sweden Central, only trained in North Central US; GPT-4o-mini only trained
  // in North Central US and Sweden Central.
  const byHand: Record<string, Record<string, string>> = {
    [gpt4o]: {
      'azure-australiaeast': 'Deploy', 'azure-eastus2': 'Both', 'azure-japaneast': 'Deploy', 'azure-northcentralus': 'Fine-tune',
      'azure-swedencentral': 'Both', 'azure-uksouth': 'Deploy', 'azure-westus3': 'Deploy',
    },
    [gpt4oMini]: {
      'azure-australiaeast': 'Deploy', 'azure-eastus2': 'Deploy', 'azure-northcentralus': 'Fine-tune', 'azure-swedencentral': 'Fine-tune',
      'azure-uksouth': 'Deploy', 'azure-usgovarizona': 'Deploy', 'azure-usgovvirginia': 'Deploy',
    },
  };

  test.each([
    ['without JavaScript', false],
    ['with the filter script', true],
  ])('%s, every cell says what the facts say, to the eye and to a screen reader', async (_, javaScript) => {
    const page = await newPage({ javaScript });
    if (javaScript) await openMatrix(page, session.site.url);
    else await page.goto(`${session.site.url}/availability/`);
    const table = await readCells(page);
    expect(new Set(table.regions)).toEqual(new Set(dataset.regions.map((region) => region.id)));
    for (const [model, cells] of Object.entries(byHand)) {
      const row = table.rows.find((r) => r.model === model)!;
      expect(row.text, model).toEqual(table.regions.map((region) => cells[region] ?? 'not available'));
    }
    for (const row of table.rows) {
      expect(row.text, row.model).toEqual(expectedCellTexts(dataset, row.model, table.regions));
      expect(row.names, row.model).toEqual(row.text);
    }
    const count = (label: string) => table.rows.flatMap((row) => row.text).filter((text) => text === label).length;
    expect([count('Fine-tune'), count('Both')]).toEqual([3, 2]);
    await page.context().close();
  });

  test('the accessibility tree names each cell as its facts say', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const row = page.getByRole('row', { name: /^gpt-4o \(2024-08-06\)/ });
    const names = (await row.ariaSnapshot()).split('\n').flatMap((line) => /^\s*- cell "([^"]*)"/.exec(line)?.[1] ?? []);
    const regions = await page.locator('.matrix__region').evaluateAll((heads) => heads.map((head) => (head as HTMLElement).dataset.region!));
    expect(new Set(regions)).toEqual(new Set(dataset.regions.map((region) => region.id)));
    // The runs of regions where the model is not available are one cell each.
    const expected = expectedCellTexts(dataset, gpt4o, regions).filter((text, index, all) => text !== 'not available' || all[index - 1] !== 'not available');
    expect(names).toEqual(expected);
    const table = page.getByRole('table');
    await expect(table.getByRole('cell', { name: 'Fine-tune', exact: true }).count()).resolves.toBe(3);
    await expect(table.getByRole('cell', { name: 'Both', exact: true }).count()).resolves.toBe(2);
    await page.context().close();
  });
});

describe('the capability filter', () => {
  test.each<[string, Filter, string[], string[]]>([
    // By hand: the fine-tuning facts are gpt-4o (2024-08-06) and GPT-4o-mini's, in three regions.
    ['fine-tuning', { capability: 'fine-tuning' }, [gpt4o, gpt4oMini], ['azure-eastus2', 'azure-northcentralus', 'azure-swedencentral']],
    ['fine-tuning, one model', { capability: 'fine-tuning', models: [gpt4oMini] }, [gpt4oMini], ['azure-northcentralus', 'azure-swedencentral']],
    ['fine-tuning in one region', { capability: 'fine-tuning', regions: ['azure-eastus2'] }, [gpt4o], ['azure-eastus2']],
  ])('%s shows the models and regions worked out from the facts', async (_, filter, models, regions) => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await applyFilter(page, filter);
    const shown = await shownInMatrix(page);
    const expected = expectedView(dataset, filter);
    expect(new Set(shown.models)).toEqual(new Set(models));
    expect(new Set(shown.regions)).toEqual(new Set(regions));
    expect([new Set(shown.models), new Set(shown.regions)]).toEqual([expected.models, expected.regions]);
    expect(shown.count).toBe(`${models.length} of 9 models, ${regions.length} of 13 regions`);
    await page.context().close();
  });

  test('deployment drops the regions only trained in, and a link restores fine-tuning', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await applyFilter(page, { capability: 'deployment' });
    const deployment = expectedView(dataset, { capability: 'deployment' });
    let shown = await shownInMatrix(page);
    expect([new Set(shown.models), new Set(shown.regions)]).toEqual([deployment.models, deployment.regions]);
    // North Central US has fine-tuning facts only.
    expect(shown.regions).not.toContain('azure-northcentralus');
    expect(shown.models).not.toContain('azure-text-embedding-3-large');
    await openMatrix(page, session.site.url, '?capability=fine-tuning');
    await expect(page.getByLabel('Capability').inputValue()).resolves.toBe('fine-tuning');
    shown = await shownInMatrix(page);
    expect(new Set(shown.regions)).toEqual(new Set(['azure-eastus2', 'azure-northcentralus', 'azure-swedencentral']));
    await page.context().close();
  });
});

/** WCAG's contrast ratio of two opaque sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

test.each(['light', 'dark'] as const)('in the %s theme Fine-tune and Both cells are tinted and legible like Deploy, blank cells blank', async (theme) => {
  const page = await newPage({ theme });
  await openMatrix(page, session.site.url);
  // Each computed colour composited by a canvas over the box behind the table, so `color-mix()` and alpha resolve to pixels.
  const paint = await page.evaluate((model) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const pixel = (...layers: string[]) => {
      context.clearRect(0, 0, 1, 1);
      for (const layer of layers) {
        context.fillStyle = layer;
        context.fillRect(0, 0, 1, 1);
      }
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const scroller = getComputedStyle(document.querySelector('.matrix__scroller')!).backgroundColor;
    const row = document.querySelector<HTMLTableRowElement>(`.matrix__row[data-model="${model}"]`)!;
    return [...row.cells].slice(1).map((cell) => {
      const style = getComputedStyle(cell);
      const background = pixel(scroller, getComputedStyle(row).backgroundColor, style.backgroundColor);
      return { text: cell.textContent!.trim(), background, page: pixel(scroller), color: pixel(scroller, getComputedStyle(row).backgroundColor, style.backgroundColor, style.color), alpha: pixel(style.color)[3]! };
    });
  }, gpt4o);
  expect(new Set(paint.map((cell) => cell.text))).toEqual(new Set(['Deploy', 'Fine-tune', 'Both', 'not available']));
  const deploy = paint.find((cell) => cell.text === 'Deploy')!;
  for (const cell of paint) {
    if (cell.text === 'not available') {
      expect(cell.alpha, 'blank to the eye').toBe(0);
      expect(cell.background).toEqual(cell.page);
      continue;
    }
    expect(cell.background, `${cell.text} is tinted`).not.toEqual(cell.page);
    expect(contrast(cell.color.slice(0, 3), cell.background.slice(0, 3)), `${cell.text} contrast`).toBeGreaterThanOrEqual(4.5);
    expect([cell.background, cell.color], cell.text).toEqual([deploy.background, deploy.color]);
  }
  await page.context().close();
});
