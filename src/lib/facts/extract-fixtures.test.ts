import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import { extractDataset } from './extract-dataset.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

/** Compares with the expectation file, writing it on first run or when asked to. */
function expectFile(file: string, actual: string) {
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.each(readdirSync(fixtures).sort())('%s', (name) => {
  const root = path.join(fixtures, name);
  const { dataset } = extractDataset(root);

  test('facts', () => {
    const { models, regions, availability, offers, unplaced } = dataset;
    const sources = dataset.sources.map(({ id, path: file, date, tables }) => ({ id, path: file, date, tables }));
    expectFile(path.join(root, 'facts.json'), JSON.stringify({ sources, models, regions, availability, offers, ...(unplaced ? { unplaced } : {}) }, null, 2) + '\n');
  });
  test('messages', () => {
    expectFile(path.join(root, 'messages.txt'), dataset.diagnostics.map((d) => formatDiagnostic(d)).join('\n') + '\n');
  });
});
