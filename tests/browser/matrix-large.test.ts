import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { syntheticDataset } from '../../bench/synthetic-dataset.ts';
import { buildSiteFrom } from './build-site.ts';
import { expectedView } from './matrix-expected.ts';
import { openMatrix, shownInMatrix, siteDataset } from './matrix-page.ts';
import { installRowsOnScreen, type RowsOnScreen } from './rows-on-screen.ts';
import { launchBrowser, serveDist, viewports, type Site } from './support.ts';

let dataset: Dataset;
let site: Site;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The site built from a generated 500 models × 100 regions, into its own folder.
  const dist = buildSiteFrom('matrix-500x100', syntheticDataset({ models: 500, regions: 100 }));
  dataset = siteDataset(dist);
  site = await serveDist(dist);
  browser = await launchBrowser();
  page = await (await browser.newContext(viewports.desktop)).newPage();
  await openMatrix(page, site.url);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('the whole matrix is on the page', async () => {
  expect([dataset.models.length, dataset.regions.length]).toEqual([500, 100]);
  const shown = await shownInMatrix(page);
  expect([shown.models.length, shown.regions.length]).toEqual([500, 100]);
});

test('a filter and a set question narrow it to the computed sets, also in rows scrolled into view', async () => {
  const models = dataset.models.filter((model) => model.provider === 'google-cloud').slice(0, 2).map((model) => model.id);
  await page.getByLabel('Provider').selectOption('google-cloud');
  await page.getByLabel('Regions where every selected model is available').selectOption(models);
  const expected = expectedView(dataset, { provider: 'google-cloud', models });
  const shown = await shownInMatrix(page);
  expect(new Set(shown.models)).toEqual(expected.models);
  expect(new Set(shown.regions)).toEqual(expected.regions);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Geography').selectOption('europe');
  const europe = expectedView(dataset, { geography: 'europe' });
  const lastRow = page.locator('.matrix__row:not([hidden])').last();
  await lastRow.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const cells = await lastRow.evaluate((row: HTMLTableRowElement) => [...row.cells].slice(1).filter((cell) => cell.checkVisibility({ visibilityProperty: true })).reduce((columns, cell) => columns + cell.colSpan, 0));
  expect(cells).toBe(europe.regions.size);
});

test('the first frame after a change shows every row on screen rendered, with the filtered columns', async () => {
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.locator('.matrix__scroller').evaluate((scroller) => scroller.scrollIntoView());
  await installRowsOnScreen(page);
  const frames = await page.evaluate(async () => {
    const control = document.querySelector<HTMLSelectElement>('[data-matrix-filters] [name="provider"]')!;
    const seen: RowsOnScreen[] = [];
    for (const value of ['azure', '', 'google-cloud', '']) {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      // Runs once the frame after the change is painted.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      seen.push(matrixRowsOnScreen({ rendered: true }));
    }
    return seen;
  });
  for (const frame of frames) {
    expect(frame.onScreen).toBeGreaterThan(10);
    expect(frame.wrong).toBe(0);
  }
});

test('rows the page scrolls into view show the filtered columns too', async () => {
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByLabel('Geography').selectOption('europe');
  await installRowsOnScreen(page);
  const wrong = await page.evaluate(async () => {
    // Only the top of the matrix is in the window: scrolling the page, not the matrix, brings the next rows in.
    scrollBy(0, 600);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return matrixRowsOnScreen();
  });
  expect(wrong.onScreen).toBeGreaterThan(10);
  expect(wrong.wrong).toBe(0);
});
