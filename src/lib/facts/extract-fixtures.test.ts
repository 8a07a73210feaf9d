import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { expectFile } from '../../../tests/support/expect-file.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import { extractDataset } from './extract-dataset.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe.each(readdirSync(fixtures).sort())('%s', (name) => {
  const root = path.join(fixtures, name);

  test('facts', () => {
    const { dataset } = extractDataset(root);
    const { models, regions, availability, offers, unplaced } = dataset;
    const sources = dataset.sources.map(({ id, path: file, date, tables }) => ({ id, path: file, date, tables }));
    expectFile(path.join(root, 'facts.json'), JSON.stringify({ sources, models, regions, availability, offers, ...(unplaced ? { unplaced } : {}) }, null, 2) + '\n');
  });
  test('messages', () => {
    const { dataset } = extractDataset(root);
    expectFile(path.join(root, 'messages.txt'), dataset.diagnostics.map((d) => formatDiagnostic(d)).join('\n') + '\n');
  });
});
