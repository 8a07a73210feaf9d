import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { expectedCellTexts } from './matrix-cells.ts';
import { expectedView, type Filter } from './matrix-expected.ts';
import { applyFilter, historyWritten, openMatrix, shownInMatrix, siteDataset } from './matrix-page.ts';
import { viewports } from './support.ts';
import { openSite } from './open-site.ts';

const dataset: Dataset = siteDataset();
const session = openSite();

async function newPage(): Promise<Page> {
  const context = await session.browser.newContext(viewports.desktop);
  return context.newPage();
}

async function expectShown(page: Page, filter: Filter): Promise<void> {
  const expected = expectedView(dataset, filter);
  const shown = await shownInMatrix(page);
  expect(new Set(shown.models)).toEqual(expected.models);
  expect(new Set(shown.regions)).toEqual(expected.regions);
  expect(shown.count).toBe(`${expected.models.size} of ${dataset.models.length} models, ${expected.regions.size} of ${dataset.regions.length} regions`);
}

const regionsOf = (model: string) => new Set(dataset.availability.filter((fact) => fact.model === model).map((fact) => fact.region));

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** Filters picked from the data, one or more per control. */
function filterCases(): [string, Filter][] {
  const withId = dataset.models.find((model) => model.modelIds.length > 0)!;
  const publishers = new Map<string, Set<string>>();
  for (const model of dataset.models) {
    const id = model.publisherId!;
    publishers.set(id, (publishers.get(id) ?? new Set()).add(model.provider));
  }
  const sharedPublisher = [...publishers].sort((a, b) => b[1].size - a[1].size)[0]![0];
  const geography = slug(dataset.regions.find((region) => region.geography === 'Europe')?.geography ?? dataset.regions[0]!.geography);
  return [
    [`text: a model id (${withId.modelIds[0]})`, { q: withId.modelIds[0]! }],
    ['text: two words of a name, in capitals', { q: withId.name.split(' ').slice(0, 2).join(' ').toUpperCase() }],
    ...[...new Set(dataset.models.map((model) => model.provider))].map((provider): [string, Filter] => [`provider: ${provider}`, { provider }]),
    [`publisher: ${sharedPublisher}`, { publisher: sharedPublisher }],
    [`geography: ${geography}`, { geography }],
    ['preview: only', { preview: 'only' }],
    ['preview: hidden', { preview: 'hide' }],
    ['provider and geography together', { provider: dataset.regions[0]!.provider, geography }],
    // The seeds hold deployment facts only: one of these shows everything, the other nothing, both exactly.
    ['capability: deployment', { capability: 'deployment' }],
    ['capability: fine-tuning', { capability: 'fine-tuning' }],
  ];
}

describe('each filter narrows the matrix to the set computed from the facts', () => {
  test('with no filter every model and region shows', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const shown = await shownInMatrix(page);
    expect(shown.models).toHaveLength(dataset.models.length);
    expect(shown.regions).toHaveLength(dataset.regions.length);
  });

  test('the cases other than capability narrow to a non-empty set', () => {
    for (const [name, filter] of filterCases().filter(([, filter]) => !filter.capability)) {
      const expected = expectedView(dataset, filter);
      expect(expected.models.size, name).toBeLessThan(dataset.models.length);
      expect(expected.models.size, name).toBeGreaterThan(0);
    }
  });

  test.each(filterCases())('%s', async (_, filter) => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await applyFilter(page, filter);
    await expectShown(page, filter);
  });
});

/** A new page with the matrix filtered, and the rows and columns the facts say it shows. */
async function openFiltered(filter: Filter): Promise<{ page: Page; expected: ReturnType<typeof expectedView> }> {
  const page = await newPage();
  await openMatrix(page, session.site.url);
  await applyFilter(page, filter);
  return { page, expected: expectedView(dataset, filter) };
}

test('the provider and geography headings span exactly the regions a filter shows', async () => {
  const { page, expected } = await openFiltered({ geography: 'europe' });
  const heads = await page.evaluate(() =>
    ['.matrix__providers', '.matrix__geographies'].map((row) =>
      [...document.querySelectorAll<HTMLTableCellElement>(`${row} .matrix__group-head`)]
        .filter((head) => head.checkVisibility({ visibilityProperty: true }))
        .map((head) => ({ span: head.colSpan, width: head.getBoundingClientRect().width })),
    ),
  );
  const cellWidth = await page.locator('.matrix__region:not([hidden])').first().evaluate((head) => head.getBoundingClientRect().width);
  for (const row of heads) {
    expect(row.reduce((sum, head) => sum + head.span, 0)).toBe(expected.regions.size);
    for (const head of row) expect(head.width).toBeCloseTo(head.span * cellWidth, 0);
  }
});

test('rows scrolled into view show the filtered columns too', async () => {
  const { page, expected } = await openFiltered({ geography: 'europe' });
  const lastRow = page.locator('.matrix__row:not([hidden])').last();
  await lastRow.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const cells = await lastRow.evaluate((row: HTMLTableRowElement) => [...row.cells].slice(1).filter((cell) => cell.checkVisibility({ visibilityProperty: true })).reduce((columns, cell) => columns + cell.colSpan, 0));
  expect(cells).toBe(expected.regions.size);
});

const modelsIn = (region: string) => new Set(dataset.availability.filter((fact) => fact.region === region).map((fact) => fact.model));

/** Two ids whose sets overlap without being equal or nested: a set question whose answer is neither one's own list. */
function overlappingPair(ids: string[], membersOf: (id: string) => Set<string>): { pair: string[]; common: string[] } {
  for (const a of ids) {
    for (const b of ids) {
      if (a >= b) continue;
      const right = membersOf(b);
      const common = [...membersOf(a)].filter((member) => right.has(member));
      if (common.length > 0 && common.length < membersOf(a).size && common.length < right.size) return { pair: [a, b], common };
    }
  }
  throw new Error('The dataset has no such pair');
}

describe('set questions', () => {
  test('regions where every selected model is available', async () => {
    const { pair, common } = overlappingPair(dataset.models.map((model) => model.id), regionsOf);
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await applyFilter(page, { models: pair });
    const shown = await shownInMatrix(page);
    expect(new Set(shown.regions)).toEqual(new Set(common));
    expect(new Set(shown.models)).toEqual(new Set(pair));
  });

  test('models available in every selected region', async () => {
    const { pair, common } = overlappingPair(dataset.regions.map((region) => region.id), modelsIn);
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await applyFilter(page, { regions: pair });
    const shown = await shownInMatrix(page);
    expect(new Set(shown.models)).toEqual(new Set(common));
    expect(new Set(shown.regions)).toEqual(new Set(pair));
  });
});

describe('the filter state lives in the URL', () => {
  test('a shared link restores the form and the matrix', async () => {
    const provider = dataset.models[0]!.provider;
    const filter: Filter = { provider, capability: 'deployment', models: [dataset.models[0]!.id] };
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await applyFilter(page, filter);
    const params = new URL(page.url()).searchParams;
    expect([params.get('provider'), params.get('capability'), params.getAll('model')]).toEqual([provider, 'deployment', filter.models]);

    const other = await newPage();
    await openMatrix(other, session.site.url, new URL(page.url()).search);
    await expect(other.getByLabel('Provider').inputValue()).resolves.toBe(provider);
    await expect(other.getByLabel('Capability').inputValue()).resolves.toBe('deployment');
    await expectShown(other, filter);
  });

  test('back and forward restore each step', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const first: Filter = { provider: dataset.models[0]!.provider };
    const second: Filter = { ...first, capability: 'deployment', q: dataset.models[0]!.name.split(' ')[0]! };
    await applyFilter(page, first);
    await applyFilter(page, { capability: second.capability });
    await page.getByLabel('Model name or id').pressSequentially(second.q!);
    await page.getByLabel('Model name or id').press('Enter');
    await historyWritten(page);
    await expectShown(page, second);
    await page.goBack();
    await expect(page.getByLabel('Model name or id').inputValue()).resolves.toBe('');
    await expectShown(page, { ...first, capability: 'deployment' });
    await page.goBack();
    await expectShown(page, first);
    await page.goForward();
    await page.goForward();
    await expect(page.getByLabel('Model name or id').inputValue()).resolves.toBe(second.q);
    await expectShown(page, second);
  });

  test('clearing the filters shows everything again', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url, `?provider=${dataset.models[0]!.provider}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await historyWritten(page);
    const shown = await shownInMatrix(page);
    expect([shown.models.length, shown.regions.length]).toEqual([dataset.models.length, dataset.regions.length]);
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('without JavaScript', () => {
  test('the whole matrix is there, every cell saying what the facts say', async () => {
    const context = await session.browser.newContext({ ...viewports.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.url}/availability/`);
    const table = await page.evaluate(() => ({
      filtersHidden: document.querySelector<HTMLElement>('[data-matrix-filters]')!.hidden,
      regions: [...document.querySelectorAll<HTMLElement>('.matrix__region')].map((head) => (head.checkVisibility({ visibilityProperty: true }) ? head.dataset.region! : '')),
      rows: [...document.querySelectorAll<HTMLTableRowElement>('.matrix__row')].map((row) => ({
        model: row.checkVisibility({ visibilityProperty: true }) ? row.dataset.model! : '',
        // A cell over several columns says the same of each.
        cells: [...row.cells].slice(1).flatMap((cell) => Array<string>(cell.colSpan).fill(cell.textContent!.trim())),
      })),
    }));
    expect(table.filtersHidden).toBe(true);
    expect(new Set(table.regions)).toEqual(new Set(dataset.regions.map((region) => region.id)));
    expect(new Set(table.rows.map((row) => row.model))).toEqual(new Set(dataset.models.map((model) => model.id)));
    for (const row of table.rows) expect(row.cells, row.model).toEqual(expectedCellTexts(dataset, row.model, table.regions));
    await context.close();
  });
});

describe('accessibility of the table', () => {
  test('both axes have header cells with a scope, and the table a caption', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const axes = await page.evaluate(() => ({
      caption: document.querySelector('.matrix__table caption')?.textContent?.trim() ?? '',
      columns: [...document.querySelectorAll('.matrix__region')].map((cell) => `${cell.tagName}:${cell.getAttribute('scope')}`),
      rows: [...document.querySelectorAll('.matrix__row > :first-child')].map((cell) => `${cell.tagName}:${cell.getAttribute('scope')}`),
    }));
    expect(axes.caption).toBe(
      "Models (rows) by region (columns): Deploy, Fine-tune, Both, or blank for not available. A model is offered only in its own cloud's regions: one grey cell on its row covers the other cloud's.",
    );
    expect(new Set(axes.columns)).toEqual(new Set(['TH:col']));
    expect(new Set(axes.rows)).toEqual(new Set(['TH:row']));
  });

  test('rows and columns a filter hides are out of the accessibility tree, and so is the other provider\'s cell', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const google = dataset.regions.find((region) => region.provider === 'google-cloud')!;
    const filter: Filter = { provider: 'google-cloud', geography: slug(google.geography) };
    const table = page.getByRole('table');
    // Before the filter, each Google Cloud model's row has one cell over the Azure regions.
    const googleModels = dataset.models.filter((model) => model.provider === 'google-cloud').length;
    await expect(table.getByRole('cell', { name: 'not offered on Azure' }).count()).resolves.toBe(googleModels);
    await applyFilter(page, filter);
    const expected = expectedView(dataset, filter);
    expect(await table.getByRole('rowheader').getByRole('link').allTextContents()).toEqual(
      dataset.models.filter((model) => expected.models.has(model.id)).map((model) => model.name),
    );
    expect(new Set(await table.getByRole('columnheader').getByRole('link').allTextContents())).toEqual(
      new Set(dataset.regions.filter((region) => expected.regions.has(region.id)).map((region) => region.code)),
    );
    // Rows out of view get their columns when the page is idle.
    await expect.poll(() => table.getByRole('cell', { name: 'not offered on Azure' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await historyWritten(page);
    const azureModels = dataset.models.filter((model) => model.provider === 'azure').length;
    await expect.poll(() => table.getByRole('cell', { name: 'not offered on Google Cloud' }).count()).toBe(azureModels);
  });

  test('filters work from the keyboard alone', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    await page.getByLabel('Model name or id').focus();
    await page.keyboard.type(dataset.models[0]!.name);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('provider');
    await page.keyboard.press('ArrowDown');
    const provider = await page.getByLabel('Provider').inputValue();
    expect(provider).not.toBe('');
    await expectShown(page, { q: dataset.models[0]!.name, provider });
  });

  test('focus is visible and highlights the row and the column', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const columnOrder = await page.locator('.matrix__region').evaluateAll((heads) => heads.map((head) => (head as HTMLElement).dataset.region!));
    expect(new Set(columnOrder)).toEqual(new Set(dataset.regions.map((region) => region.id)));
    await page.locator('.matrix__region-link').first().focus();
    await page.keyboard.press('Tab');
    const column = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const head = focused.closest('th')!;
      const bar = document.querySelector<HTMLElement>('.matrix__column-highlight')!;
      return { outline: getComputedStyle(focused).outlineStyle, region: head.dataset.region, headLeft: head.offsetLeft, barLeft: bar.offsetLeft, barShown: bar.checkVisibility({ visibilityProperty: true }) };
    });
    // Tab moved from the first column's link to the second's.
    expect(column.region).toBe(columnOrder[1]);
    expect(column.outline).not.toBe('none');
    expect(column.barShown).toBe(true);
    expect(column.barLeft).toBe(column.headLeft);

    await page.locator('.matrix__model a').first().focus();
    const backgrounds = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableRowElement>('.matrix__row')].slice(0, 2).map((tr) => getComputedStyle(tr.cells[3]!).backgroundColor),
    );
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });

  test('in a cell over several columns the highlight follows the pointer column by column', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const span = page.locator('.matrix__row .matrix__cell--elsewhere').first();
    const { width, provider } = await span.evaluate((cell: HTMLTableCellElement) => ({ width: cell.offsetWidth / cell.colSpan, provider: cell.closest('tr')!.dataset.provider! }));
    await span.hover({ position: { x: width * 1.5, y: 5 } });
    const second = await page.evaluate(
      (own) => [...document.querySelectorAll<HTMLElement>('.matrix__region')].filter((head) => head.dataset.provider !== own)[1]!.offsetLeft,
      provider,
    );
    const bar = await page.locator('.matrix__column-highlight').evaluate((element: HTMLElement) => ({ left: element.offsetLeft, width: element.offsetWidth, shown: !element.hidden }));
    expect(bar).toEqual({ left: second, width: Math.round(width), shown: true });
  });

  test('rows start on whole pixels, so a row\'s sticky header cell does not cover the line under the row above', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const offsets = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('.matrix__row')].slice(0, 20);
      const first = rows[0]!.getBoundingClientRect().top;
      return rows.map((row) => row.getBoundingClientRect().top - first);
    });
    expect(offsets.filter((offset) => !Number.isInteger(offset))).toEqual([]);
  });

  test('headers stay in view while the matrix scrolls both ways', async () => {
    const page = await newPage();
    await openMatrix(page, session.site.url);
    const positions = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.matrix__scroller')!;
      scroller.scrollTop = 400;
      scroller.scrollLeft = 400;
      const box = scroller.getBoundingClientRect();
      return {
        scrolled: [scroller.scrollTop, scroller.scrollLeft],
        headTop: document.querySelector('.matrix__head')!.getBoundingClientRect().top - box.top,
        firstColumnLeft: document.querySelector('.matrix__row:not([hidden]) .matrix__model')!.getBoundingClientRect().left - box.left,
      };
    });
    expect(positions.scrolled.every((value) => value > 0)).toBe(true);
    expect(Math.abs(positions.headTop)).toBeLessThanOrEqual(1);
    expect(Math.abs(positions.firstColumnLeft)).toBeLessThanOrEqual(1);
  });

  test('on a phone the first column stays pinned while the matrix scrolls sideways', async () => {
    const context = await session.browser.newContext(viewports.phone);
    const page = await context.newPage();
    await openMatrix(page, session.site.url);
    // The matrix starts below the filters on a phone: the reader scrolls down to it, and its rows render.
    await page.locator('.matrix__scroller').scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const result = await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('.matrix__scroller')!;
      const overflow = scroller.scrollWidth > scroller.clientWidth;
      scroller.scrollLeft = 300;
      return {
        overflow,
        pageWidth: document.documentElement.scrollWidth,
        firstColumnLeft: document.querySelector('.matrix__model')!.getBoundingClientRect().left - scroller.getBoundingClientRect().left,
      };
    });
    expect(result.overflow).toBe(true);
    expect(result.pageWidth).toBeLessThanOrEqual(viewports.phone.viewport.width);
    expect(Math.abs(result.firstColumnLeft)).toBeLessThanOrEqual(1);
    await context.close();
  });
});

test('the downloads are linked from the matrix', async () => {
  const page = await newPage();
  await openMatrix(page, session.site.url);
  for (const href of ['/data/availability.json', '/data/availability.csv', '/data/availability.schema.json']) {
    await expect(page.locator(`a[href="${href}"]`).count()).resolves.toBe(1);
    expect((await fetch(`${session.site.url}${href}`)).status).toBe(200);
  }
});
