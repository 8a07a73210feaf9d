import { expect, test } from 'vitest';
import { countRowCells } from './count-row-cells.ts';

test.each([
  ['| a | b |', 2],
  ['a | b', 2],
  ['| a | b', 2],
  ['a | b |', 2],
  ['| a \\| b |', 1],
  ['|', 0],
  ['| |', 1],
  ['', 0],
  ['|Cohere Command R      | [Microsoft Managed Countries](/x)', 2],
])('%j has %i cells', (text, cells) => {
  expect(countRowCells(text)).toBe(cells);
});
