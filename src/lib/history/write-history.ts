import { writeJsonWithSchema } from '../facts/write-dataset.ts';
import { historyJsonSchema, historySchema, type History } from './history-schema.ts';

/**
 * Validates the history and writes it, with its JSON Schema beside it
 * (`history.schema.json`). Returns the paths written.
 */
export function writeHistory(history: History, file: string): { history: string; schema: string } {
  const schema = writeJsonWithSchema(file, historySchema.parse(history), historyJsonSchema());
  return { history: file, schema };
}
