import { expect, test } from 'vitest';
import { readVersionCell } from './read-version-cell.ts';

const cell = (...texts: string[]) => ({
  items: texts.map((text, index) => ({ text, links: [], line: 1, column: 1 + index * 10 })),
  text: texts.join(' <br> '),
  line: 1,
  column: 1,
});

test('the public API', async () => {
  expect(Object.keys(await import('./read-version-cell.ts'))).toEqual(['readVersionCell']);
});

test.each([
  [['0613'], ['0613']],
  [['(0613)'], ['0613']],
  [['`2024-05-13`'], ['2024-05-13']],
  [['**1106-Preview**'], ['1106-Preview']],
  [['version 2'], ['2']],
  [['0613', '(1106)'], ['0613', '1106']],
  [['-'], []],
  [['N/A', '0125'], ['0125']],
  [['()'], []],
  [[], []],
])('%j names %j', (texts, versions) => {
  expect(readVersionCell(cell(...texts))).toEqual(versions);
});

test('no cell names no version', () => {
  expect(readVersionCell(undefined)).toEqual([]);
});
