import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { datasetSchema, type Dataset } from '../../src/lib/facts/dataset-schema.ts';

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
