import { existsSync, readFileSync } from 'node:fs';
import type { Dataset } from '../facts/dataset-schema.ts';
import { writeDataset } from '../facts/write-dataset.ts';

/**
 * Writes the dataset the pages read when it differs from the file there, so
 * a reload that changed no fact leaves the file (and what watches it) alone.
 * Returns whether it wrote.
 */
export function writeDatasetIfChanged(dataset: Dataset, file: string): boolean {
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeDataset(dataset, file);
  return true;
}
