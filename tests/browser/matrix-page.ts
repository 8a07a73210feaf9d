import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { datasetSchema, type Dataset } from '../../src/lib/facts/dataset-schema.ts';
import type { Filter } from './matrix-expected.ts';

/** The dataset the site under test was built from, as it publishes it (read from disk so test tables can be built from it). */
export function siteDataset(dist = path.resolve(process.env.DIST_DIR ?? 'dist')): Dataset {
  const file = path.join(dist, 'data/availability.json');
  return datasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Opens the matrix and waits for its filter script to take over. */
export async function openMatrix(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}/availability/${query}`);
  await page.locator('[data-matrix-filters]:not([hidden])').waitFor();
}

/** The model rows and region columns a reader sees, and the count line. */
export function shownInMatrix(page: Page): Promise<{ models: string[]; regions: string[]; count: string }> {
  return page.evaluate(() => ({
    models: [...document.querySelectorAll<HTMLElement>('.matrix__row')].filter((row) => row.checkVisibility({ visibilityProperty: true })).map((row) => row.dataset.model!),
    regions: [...document.querySelectorAll<HTMLElement>('.matrix__region')].filter((head) => head.checkVisibility({ visibilityProperty: true })).map((head) => head.dataset.region!),
    count: document.querySelector('[data-matrix-count]')!.textContent!.trim(),
  }));
}

/** Sets a filter through its labelled controls, as a reader would. */
export async function applyFilter(page: Page, filter: Filter): Promise<void> {
  if (filter.q) await page.getByLabel('Model name or id').fill(filter.q);
  if (filter.provider) await page.getByLabel('Provider').selectOption(filter.provider);
  if (filter.publisher) await page.getByLabel('Publisher').selectOption(filter.publisher);
  if (filter.geography) await page.getByLabel('Geography').selectOption(filter.geography);
  if (filter.capability) await page.getByLabel('Capability').selectOption(filter.capability);
  if (filter.preview) await page.getByLabel('Preview models').selectOption(filter.preview);
  if (filter.models) await page.getByLabel('Regions where every selected model is available').selectOption(filter.models);
  if (filter.regions) await page.getByLabel('Models available in every selected region').selectOption(filter.regions);
  await historyWritten(page);
}

/** The page writes the URL once the filtered matrix is painted, when idle: wait for that. */
export function historyWritten(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
}
