import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';

/**
 * Builds the site from `dataset` (through `DATASET_FILE`) into
 * `test-results/<name>/dist`, once per test file, and returns that folder:
 * for data the seeds do not have (fine-tuning facts, 500 × 100 models and regions).
 * `env` adds to the build's environment (`SITE_CONFIG` for other guides).
 */
export function buildSiteFrom(name: string, dataset: Dataset, env: Record<string, string> = {}): string {
  const root = path.resolve('test-results', name);
  const dist = path.join(root, 'dist');
  mkdirSync(root, { recursive: true });
  const datasetFile = path.join(root, 'dataset.json');
  writeFileSync(datasetFile, JSON.stringify(dataset));
  execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', dist], { env: { ...process.env, ...env, DATASET_FILE: datasetFile }, stdio: 'ignore' });
  return dist;
}
