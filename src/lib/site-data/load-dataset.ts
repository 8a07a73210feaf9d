import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDataFile, parseJsonFile } from '../config/parse-data-file.ts';
import { datasetSchema, type Dataset } from '../facts/dataset-schema.ts';

/**
 * Whether the pages show a dataset made elsewhere: `DATASET_FILE` names one
 * (benchmarks, large synthetic sets, `npm run extract -- --out FILE`), which
 * the build reads and never writes.
 */
export const datasetGiven = process.env.DATASET_FILE !== undefined;

/**
 * The dataset file the site reads: the one `DATASET_FILE` gives, else the
 * one the build writes from the content it reads, at `DATASET_OUT` (another
 * set's build keeps the seeds' dataset) or `src/generated/dataset.json`.
 */
export const datasetFile = path.resolve(process.env.DATASET_FILE ?? process.env.DATASET_OUT ?? 'src/generated/dataset.json');

const hint = 'The build writes the dataset from the content it reads; a file DATASET_FILE names is written by `npm run extract -- --out FILE` (with the same SITE_CONFIG).';

let cached: { dataset: Dataset; version: string } | undefined;

/**
 * Reads and validates the dataset once per version of the file: once per
 * build, and again in `astro dev` after the guides loader rewrote it (a
 * table was edited), so every page reads the facts as they are now. A bad
 * file is an `AstroError` naming the key.
 */
export function loadDataset(): Dataset {
  const stat = statSync(datasetFile);
  const version = `${stat.mtimeMs}:${stat.size}`;
  if (cached?.version !== version) cached = { dataset: parseDataFile(datasetSchema, parseJsonFile(readFileSync(datasetFile, 'utf8'), datasetFile, hint), datasetFile, hint), version };
  return cached.dataset;
}
