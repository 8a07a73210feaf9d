import { expect, test } from 'vitest';
import { parseDocument } from '../content/load-document.ts';
import { extractLoadedDocuments } from './extract-dataset.ts';
import { formatSourceSummary, summarizeSources } from './summarize-sources.ts';

const page = [
  '---',
  'ms.date: 5/21/2024',
  '---',
  '',
  '| Parameter | Value |',
  '| --- | --- |',
  '| temperature | 0.7 |',
  '',
  '| Model | Hub/Project Region for Deployment |',
  '| --- | --- |',
  '| Cohere Command R | East US <br> West US 3 |',
  '| Cohere Command R+ | Sweden Central |',
  '',
  '| Model | Context window |',
  '| --- | --- |',
  '| Cohere Command R | 128k |',
  '',
  '| Setting | Default |',
  '| --- | --- |',
  '| top_p | 1 |',
  '',
].join('\n');

const extract = () => extractLoadedDocuments([parseDocument('/nowhere', 'docs/page.md', page), parseDocument('/nowhere', 'docs/empty.md', '# Nothing here\n')]);

test('per source: tables read, and tables left alone grouped by reason, in path order', () => {
  expect(summarizeSources(extract()).map(({ path, read, leftAlone }) => ({ path, read: read.map((table) => table.line), leftAlone: leftAlone.map(({ reason, tables }) => [reason, tables.map((table) => table.line)]) }))).toEqual([
    { path: 'docs/empty.md', read: [], leftAlone: [] },
    {
      path: 'docs/page.md',
      read: [9],
      leftAlone: [
        ['no Model column and no `Place (code)` region columns', [5, 18]],
        ['a Model column but no region column', [14]],
      ],
    },
  ]);
});

test('the text summary says what was read and what was left alone and why', () => {
  const lines = formatSourceSummary(summarizeSources(extract()), 'content/');
  expect(lines[0]).toBe('content/docs/empty.md: 0 read, 0 left alone');
  expect(lines[1]).toBe('content/docs/page.md: 1 read, 3 left alone');
  expect(lines[2]).toMatch(/^ {2}read {8}line 9: region-list, 2 rows/);
  expect(lines.slice(3)).toEqual([
    '              column 1 `Model`: read as model',
    '              column 2 `Hub/Project Region for Deployment`: read as regions (deployment)',
    '  left alone  2 × no Model column and no `Place (code)` region columns (line 5, line 18)',
    '  left alone  1 × a Model column but no region column (line 14)',
  ]);
});
