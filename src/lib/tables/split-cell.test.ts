import type { Table } from 'mdast';
import { expect, test } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';
import { splitCell } from './split-cell.ts';

const cellOf = (markdown: string, column: number) => {
  const table = parseMarkdown(markdown).children[0] as Table;
  return splitCell(table.children[1]!.children[column]!, (line, col) => ({ line, column: col }));
};

test('`<br>` separates items; links keep label and href; inline code stays in backticks', () => {
  const cell = cellOf('| a | b |\n| - | - |\n| x | [Microsoft Managed Countries](/mmc) <br>  Japan <br/> `id-1` |', 1);
  expect(cell.items).toEqual([
    { text: 'Microsoft Managed Countries', links: [{ label: 'Microsoft Managed Countries', href: '/mmc' }], line: 3, column: 7 },
    { text: 'Japan', links: [], line: 3, column: 49 },
    { text: '`id-1`', links: [], line: 3, column: 61 },
  ]);
  expect(cell.text).toBe('Microsoft Managed Countries <br> Japan <br> `id-1`');
});

test('an empty cell has no items; emphasis is read through', () => {
  expect(cellOf('| a | b |\n| - | - |\n| | **✔** |', 0).items).toEqual([]);
  expect(cellOf('| a | b |\n| - | - |\n| | **✔** |', 1).text).toBe('✔');
});

test('footnote marks in `<sup>` and `[^n]` are not part of the text', () => {
  expect(cellOf('| a | b |\n| - | - |\n| GPT-4<sup>1</sup> Turbo[^2] | x |\n\n[^2]: note', 0).text).toBe('GPT-4 Turbo');
});

test.each([
  ['gpt-4o<sup>1</sup>', 'gpt-4o'],
  ['gpt-4o<sup>*</sup> mini', 'gpt-4o mini'],
  ['gpt-4o[^1]\n\n[^1]: note', 'gpt-4o'],
  // With no definition there is no footnote: the parser leaves the text, the model-name reader takes it out.
  ['gpt-4o[^1]', 'gpt-4o[^1]'],
  ['**&check;**', '✓'],
])('%j reads as %j', (cell, text) => {
  const [first, ...rest] = cell.split('\n');
  expect(cellOf([`| a | b |\n| - | - |\n| ${first} | x |`, ...rest].join('\n'), 0).text).toBe(text);
});
