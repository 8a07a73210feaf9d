import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset } from '../facts/dataset-schema.ts';

/** The dataset file the site reads; `DATASET_FILE` points a build at another one (benchmarks, large synthetic sets). */
export const datasetFile = path.resolve(process.env.DATASET_FILE ?? 'src/generated/dataset.json');

let cached: { dataset: Dataset; version: string } | undefined;

/**
 * Reads and validates the dataset once per version of the file: once per
 * build, and again in `astro dev` after the guides loader rewrote it (a
 * table was edited), so every page reads the facts as they are now.
 */
export function loadDataset(): Dataset {
  const stat = statSync(datasetFile);
  const version = `${stat.mtimeMs}:${stat.size}`;
  if (cached?.version !== version) cached = { dataset: datasetSchema.parse(JSON.parse(readFileSync(datasetFile, 'utf8'))), version };
  return cached.dataset;
}
