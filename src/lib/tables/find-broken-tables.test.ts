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

test('leaves their lines empty, keeping line numbers', () => {
  const text = withoutTables(lines, findBrokenTables(lines)).split('\n');
  expect(text).toHaveLength(lines.length);
  expect(text.slice(11, 16)).toEqual(['', '', '', '', '']);
  expect(text[17]).toBe('| Fine | Table |');
});
