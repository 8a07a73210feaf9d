import { expect, test } from 'vitest';
import { countMarks, readCellMark } from './cell-mark.ts';

test.each([
  ['✔', 'available'],
  ['✔️', 'available'],
  ['✔︎', 'available'],
  ['✅', 'available'],
  ['✓', 'available'],
  ['**✓**', 'available'],
  ['Yes', 'available'],
  ['**✔**', 'available'],
  ['', 'not-available'],
  ['Not available', 'not-available'],
  ['Not applicable', 'not-available'],
  ['unavailable', 'not-available'],
  ['-', 'not-available'],
  ['maybe', 'unrecognized'],
  ['✔ (soon)', 'unrecognized'],
])('%j reads as %s', (text, mark) => {
  expect(readCellMark(text)).toBe(mark);
});

test('counts the marks a dropped cell held', () => {
  expect(countMarks('✔ <br> ✅ ✔️')).toBe(3);
  expect(countMarks('Yes')).toBe(1);
  expect(countMarks('Not available')).toBe(0);
});
