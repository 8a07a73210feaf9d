import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaFileFor } from '../facts/write-dataset.ts';
import { historyJsonSchema, historySchema, type History } from './history-schema.ts';

/**
 * Validates the history and writes it, with its JSON Schema beside it
 * (`history.schema.json`), each to a temporary file first and then renamed,
 * so a failed run never leaves a half-written file. Returns the paths written.
 */
export function writeHistory(history: History, file: string): { history: string; schema: string } {
  const valid = historySchema.parse(history);
  const schema = schemaFileFor(file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeAtomically(file, JSON.stringify(valid, null, 2) + '\n');
  writeAtomically(schema, JSON.stringify(historyJsonSchema(), null, 2) + '\n');
  return { history: file, schema };
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
