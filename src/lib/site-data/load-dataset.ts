import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataFile, parseJsonFile } from '../config/parse-data-file.ts';
import { datasetSchema, type Dataset } from '../facts/dataset-schema.ts';

/** The dataset file the site reads; `DATASET_FILE` points a build at another one (benchmarks, large synthetic sets). */
export const datasetFile = path.resolve(process.env.DATASET_FILE ?? 'src/generated/dataset.json');

const hint = 'The dataset is written by `npm run extract`; run it again (with the same SITE_CONFIG and DATASET_FILE as the build).';

let cached: Dataset | undefined;

/** Reads and validates the dataset once per build; a bad file is an `AstroError` naming the key. */
export function loadDataset(): Dataset {
  cached ??= parseDataFile(datasetSchema, parseJsonFile(readFileSync(datasetFile, 'utf8'), datasetFile, hint), datasetFile, hint);
  return cached;
}
