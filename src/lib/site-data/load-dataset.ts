import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetSchema, type Dataset } from '../facts/dataset-schema.ts';

/** The dataset file the site reads; `DATASET_FILE` points a build at another one (benchmarks, large synthetic sets). */
export const datasetFile = path.resolve(process.env.DATASET_FILE ?? 'src/generated/dataset.json');

let cached: Dataset | undefined;

/** Reads and validates the dataset once per build. */
export function loadDataset(): Dataset {
  cached ??= datasetSchema.parse(JSON.parse(readFileSync(datasetFile, 'utf8')));
  return cached;
}
