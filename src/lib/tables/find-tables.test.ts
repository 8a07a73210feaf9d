import { expect, test } from 'vitest';
import { findTables } from './find-tables.ts';
import { parseMarkdown } from './parse-markdown.ts';

const table = '| a |\n| - |\n| 1 |';
const contexts = (markdown: string, includesAt?: (line: number) => readonly number[]) =>
  findTables(parseMarkdown(markdown), { includesAt }).tables.map(({ node, headings, tabs }) => ({ line: node.position?.start.line, headings, tabs }));

test('the exported names', async () => {
  expect(Object.keys(await import('./find-tables.ts'))).toEqual(['findTables']);
});

test('a tab group runs to a thematic break; a heading inside a tab neither ends it nor outlives it', () => {
  const markdown = [
    '## Region availability', // 1
    '# [Global Standard](#tab/global-standard)',
    '### Jais models',
    table, // 4
    '# [Provisioned](#tab/provisioned)', // 7
    table, // 8
    '---', // 11
    table, // 12
  ].join('\n');
  expect(contexts(markdown)).toEqual([
    { line: 4, headings: ['Region availability', 'Jais models'], tabs: ['Global Standard'] },
    { line: 8, headings: ['Region availability'], tabs: ['Provisioned'] },
    { line: 12, headings: ['Region availability'], tabs: [] },
  ]);
});

test('a group in a list item ends with the item; groups in a tab chain, outermost first', () => {
  const markdown = [
    '# [Outer](#tab/outer)', // 1
    '',
    '1. Step',
    '',
    '   ## [Inner](#tab/inner)', // 5
    '',
    '   ' + table.replaceAll('\n', '\n   '), // 7
    '',
    '2. Next', // 11
    '',
    '   ' + table.replaceAll('\n', '\n   '), // 13
  ].join('\n');
  expect(contexts(markdown).map(({ line, tabs }) => [line, tabs])).toEqual([
    [7, ['Outer', 'Inner']],
    [13, ['Outer']],
  ]);
});

test('an include is a document of its own: its tab group nests in the tab holding it and ends with it', () => {
  const markdown = [
    '# [Global Standard](#tab/global-standard)', // 1 page
    '# [Chat](#tab/chat)', // 2 include 1
    table, // 3
    '# [Embeddings](#tab/embeddings)', // 6
    table, // 7
    '# [Provisioned](#tab/provisioned)', // 10 page
    '# [Chat](#tab/chat)', // 11 include 2
    table, // 12
    table.replace('| a |', '\n| b |'), // 15 include 3, right after include 2
  ].join('\n');
  const includesAt = (line: number) => (line >= 16 ? [3] : line >= 11 ? [2] : line >= 2 && line <= 9 ? [1] : []);
  expect(contexts(markdown, includesAt).map(({ line, tabs }) => [line, tabs])).toEqual([
    [3, ['Global Standard', 'Chat']],
    [7, ['Global Standard', 'Embeddings']],
    [12, ['Provisioned', 'Chat']],
    [16, ['Provisioned']],
  ]);
});

test('headings in code fences are no headings; placeholders get the context of where they stand', () => {
  const markdown = ['## Jais models', '', '```bash', '# not a heading', '```', '', '<!-- here -->'].join('\n');
  const found = findTables(parseMarkdown(markdown), { placeholder: '<!-- here -->' });
  expect([...found.placeholders].map(([line, { headings, tabs }]) => [line, { headings, tabs }])).toEqual([[7, { headings: ['Jais models'], tabs: [] }]]);
});
