import { expect, test } from 'vitest';
import { delimiterWidthProblem, fitDelimiterRow } from './fit-delimiter-row.ts';

test.each([
  ['| --- | :-: |', 2, '| --- | :-: |'],
  ['| --- | :-: |', 4, '| --- | :-: | --- | --- |'],
  ['|:--|--:|---|', 2, '| :-- | --: |'],
  ['--- | ---', 1, '| --- |'],
])('%j fitted to %i columns is %j', (text, columns, fitted) => {
  expect(fitDelimiterRow(text, columns)).toBe(fitted);
});

test('the warning names both widths and sits at the delimiter row', () => {
  expect(delimiterWidthProblem({ line: 9, column: 4, text: '| - | - | - |' }, 3, 4)).toEqual({
    severity: 'warning',
    rule: 'table-delimiter-width',
    message: "Delimiter row has 3 cells, the header 4; read with the header's 4 columns",
    line: 9,
    column: 4,
  });
});
