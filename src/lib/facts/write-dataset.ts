import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema, datasetSchema, type Dataset } from './dataset-schema.ts';

/** Where the JSON Schema goes: `dataset.schema.json` beside `dataset.json`. */
export function schemaFileFor(datasetFile: string): string {
  const { dir, name } = path.parse(datasetFile);
  return path.join(dir, `${name}.schema.json`);
}

/**
 * Validates the dataset once more and writes it, with its JSON Schema beside
 * it. Returns the two paths written.
 */
export function writeDataset(dataset: Dataset, datasetFile: string): { dataset: string; schema: string } {
  const valid = datasetSchema.parse(dataset);
  const schema = schemaFileFor(datasetFile);
  mkdirSync(path.dirname(datasetFile), { recursive: true });
  writeFileSync(datasetFile, JSON.stringify(valid, null, 2) + '\n');
  writeFileSync(schema, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
  return { dataset: datasetFile, schema };
}
