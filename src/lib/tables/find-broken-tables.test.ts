import { expect, test } from 'vitest';
import { findBrokenTables, withoutTables } from './find-broken-tables.ts';

const lines = [
  '```md',
  '| a | b |',
  '| - | - |',
  '| 1 <br>',
  '2 | 3 |',
  '```',
  '<!--',
  '| a | b |',
  '| - | - |',
  '| 1 <br>',
  '-->',
  '| Model | Region |',
  '| --- | --- |',
  '| A | East US <br>',
  'West US |',
  '| B | Japan |',
  '',
  '| Fine | Table |',
  '| --- | --- |',
  '| 1 | 2 |',
];

test('finds only tables with a row over several lines, never in code fences or comments', () => {
  const found = findBrokenTables(lines);
  expect(found.map((table) => [table.line, table.endLine, table.rows.map((row) => [row.line, row.endLine])])).toEqual([[12, 16, [[14, 15], [16, 16]]]]);
});

test('leaves their lines empty but for a placeholder on the header line, keeping line numbers', () => {
  const text = withoutTables(lines, findBrokenTables(lines), '<!-- x -->').split('\n');
  expect(text).toHaveLength(lines.length);
  expect(text.slice(11, 16)).toEqual(['<!-- x -->', '', '', '', '']);
  expect(text[17]).toBe('| Fine | Table |');
});

test('keeps container prefixes, so the placeholder stays in the list item or quote', () => {
  const quoted = ['> | a | b |', '> | - | - |', '> | 1 <br>', '2 | 3 |', '>', '> after'];
  expect(withoutTables(quoted, findBrokenTables(quoted), '<!-- x -->').split('\n')).toEqual(['> <!-- x -->', '> ', '> ', '', '>', '> after']);
});

test('a delimiter row narrower or wider than the header is a broken table, with a warning at the delimiter row', () => {
  const found = findBrokenTables(['1. Steps', '', '   | a | b | c |', '   | - | - |', '   | 1 | 2 | 3 |', '', '| a |', '|---|---|']);
  expect(found.map((table) => [table.line, table.endLine, table.columns, table.problems])).toEqual([
    [3, 5, 3, [{ severity: 'warning', rule: 'table-delimiter-width', message: "Delimiter row has 2 cells, the header 3; read with the header's 3 columns", line: 4, column: 4 }]],
    [7, 8, 1, [{ severity: 'warning', rule: 'table-delimiter-width', message: "Delimiter row has 2 cells, the header 1; read with the header's 1 column", line: 8, column: 1 }]],
  ]);
});

test('`---` under a line with a pipe is a setext heading, not a table', () => {
  expect(findBrokenTables(['Pick a | b', '---', 'text'])).toEqual([]);
});

test('a broken table in a comment opened mid-line, or after an unclosed fence in a quote, is skipped', () => {
  expect(findBrokenTables(['Note <!-- old', '| a | b |', '| - | - |', '| 1 <br>', '2 | 3 | -->'])).toEqual([]);
  expect(findBrokenTables(['> ```', '> code', '', '| a | b |', '| - | - | - |']).map((table) => table.line)).toEqual([4]);
});
