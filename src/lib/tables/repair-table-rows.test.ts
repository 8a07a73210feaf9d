import { expect, test } from 'vitest';
import { groupTableRows, physicalLine, repairTableRows, tableBlock } from './repair-table-rows.ts';

const lines = [
  '| Model | Offer | Region for Deployment |',
  '| --- | --- | --- |',
  '| Cohere Command R | Japan',
  '<br>',
  ' Qatar | East US <br>',
  'West US 3 |',
  'Model B | Japan | East US',
  '| Model C | Qatar |',
  '## Next',
  '',
  'after',
];

test('the block of a table ends at the first blank line', () => {
  expect(tableBlock(lines, 1).map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('cells continued over lines join into one row; a complete row followed by a new block ends the table', () => {
  const rows = groupTableRows(tableBlock(lines, 1).slice(2), 3);
  expect(rows.map((row) => [row.line, row.endLine, row.text])).toEqual([
    [3, 6, '| Cohere Command R | Japan <br> Qatar | East US <br> West US 3 |'],
    [7, 7, 'Model B | Japan | East US'],
    [8, 8, '| Model C | Qatar |'],
  ]);
});

test('positions in the rebuilt markdown map back to the physical lines', () => {
  const block = tableBlock(lines, 1);
  const repaired = repairTableRows(block[0]!, block[1]!, groupTableRows(block.slice(2), 3));
  expect(repaired.markdown.split('\n')).toEqual([
    '| Model | Offer | Region for Deployment |',
    '| --- | --- | --- |',
    '| Cohere Command R | Japan <br> Qatar | East US <br> West US 3 |',
    '| Model B | Japan | East US',
    '| Model C | Qatar |',
  ]);
  const row = repaired.markdown.split('\n')[2]!;
  expect(repaired.map(3, row.indexOf('Qatar') + 1)).toEqual({ line: 5, column: 2 });
  expect(repaired.map(3, row.indexOf('West US 3') + 1)).toEqual({ line: 6, column: 1 });
  expect(repaired.map(4, 3)).toEqual({ line: 7, column: 1 });
});

test('container prefixes (indentation, block quotes) are stripped and counted in columns', () => {
  expect(physicalLine('   > | a | b |  ', 4)).toEqual({ line: 4, column: 6, text: '| a | b |' });
});

test('a complete row ending in a stray `<br>` does not swallow the next row', () => {
  const body = ['| A | Japan | East US <br>', '| B | Qatar | West US |'].map((text, index) => physicalLine(text, index + 3));
  expect(groupTableRows(body, 3).map((row) => [row.line, row.endLine])).toEqual([[3, 3], [4, 4]]);
});

test.each([
  [true, [['| gpt-4o | - East US <br> - West US |', 1, 2], ['| gpt-4 | Japan East |', 3, 3]]],
  [false, [['| gpt-4o | - East US', 1, 1]]],
])('a bullet line under a row left open continues its last cell only when rows close with a pipe (%s)', (closedRows, expected) => {
  const body = ['| gpt-4o | - East US', '- West US |', '| gpt-4 | Japan East |'].map((text, index) => physicalLine(text, index + 1));
  expect(groupTableRows(body, 2, { closedRows }).map((row) => [row.text, row.line, row.endLine])).toEqual(expected);
});

test('a bullet line after a closed row is a list, not a cell', () => {
  const body = ['| gpt-4 | Japan East |', '- West US'].map((text, index) => physicalLine(text, index + 1));
  expect(groupTableRows(body, 2, { closedRows: true }).map((row) => row.text)).toEqual(['| gpt-4 | Japan East |']);
});
