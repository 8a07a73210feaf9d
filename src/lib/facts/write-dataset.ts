import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetJsonSchema, datasetSchema, type Dataset } from './dataset-schema.ts';

/** Where the JSON Schema goes: `dataset.schema.json` beside `dataset.json`. */
export function schemaFileFor(datasetFile: string): string {
  const { dir, name } = path.parse(datasetFile);
  return path.join(dir, `${name}.schema.json`);
}

/**
 * Writes a validated value as JSON with its JSON Schema beside it, each to a
 * temporary file first and then renamed, so a failed run never leaves a
 * half-written file. Returns the schema's path. The dataset and the history
 * are both written this way.
 */
export function writeJsonWithSchema(file: string, value: unknown, jsonSchema: Record<string, unknown>): string {
  const schema = schemaFileFor(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeAtomically(file, JSON.stringify(value, null, 2) + '\n');
  writeAtomically(schema, JSON.stringify(jsonSchema, null, 2) + '\n');
  return schema;
}

/**
 * Validates the dataset once more and writes it, with its JSON Schema beside
 * it. Returns the two paths written.
 */
export function writeDataset(dataset: Dataset, datasetFile: string): { dataset: string; schema: string } {
  const schema = writeJsonWithSchema(datasetFile, datasetSchema.parse(dataset), datasetJsonSchema());
  return { dataset: datasetFile, schema };
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
