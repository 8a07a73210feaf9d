import { expect, test } from 'vitest';
import { readTables } from './read-tables.ts';

const summary = (text: string, origins?: { includes: readonly number[] }[]) =>
  readTables(text, { origins }).map((table) => ({
    line: table.line,
    header: table.header.map((cell) => cell.text),
    rows: table.rows.map((row) => row.cells.map((cell) => cell.items.map((item) => item.text).join(' / '))),
    headings: table.headings,
    tabs: table.tabs,
    repaired: table.repaired,
    problems: table.problems,
  }));

test('a rebuilt table keeps the tab, heading and list item it sits in', () => {
  const text = [
    '# [Global Standard](#tab/global-standard)', // 1
    '',
    '1. Deploy:',
    '',
    '   ## Jais models', // 5
    '',
    '   | Model | Region |', // 7
    '   | --- | --- |',
    '   | Jais | East US <br>',
    '   West US |',
    '',
    'After the list, still in the tab:', // 12
    '',
    '| Model | Region |', // 14
    '| --- | --- |',
    '| Phi | Japan East |',
  ].join('\n');
  expect(summary(text).map(({ line, rows, headings, tabs, repaired }) => ({ line, rows, headings, tabs, repaired }))).toEqual([
    { line: 7, rows: [['Jais', 'East US / West US']], headings: ['Jais models'], tabs: ['Global Standard'], repaired: true },
    { line: 14, rows: [['Phi', 'Japan East']], headings: ['Jais models'], tabs: ['Global Standard'], repaired: false },
  ]);
});

test('header and delimiter rows of different widths are read with the header width, in a quote too', () => {
  const text = ['> | Model | East US | West US |', '> | --- | --- |', '> | Phi | ✔ | ✔ |', '', '| Model | East US |', '|---|---|---|', '| Phi | ✔ |'].join('\n');
  expect(summary(text).map(({ line, header, rows, repaired, problems }) => ({ line, header, rows, repaired, problems }))).toEqual([
    {
      line: 1,
      header: ['Model', 'East US', 'West US'],
      rows: [['Phi', '✔', '✔']],
      repaired: true,
      problems: [{ severity: 'warning', rule: 'table-delimiter-width', message: "Delimiter row has 2 cells, the header 3; read with the header's 3 columns", line: 2, column: 3 }],
    },
    {
      line: 5,
      header: ['Model', 'East US'],
      rows: [['Phi', '✔']],
      repaired: true,
      problems: [{ severity: 'warning', rule: 'table-delimiter-width', message: "Delimiter row has 3 cells, the header 2; read with the header's 2 columns", line: 6, column: 1 }],
    },
  ]);
});

test('tables in HTML comments and code fences are never read', () => {
  const text = [
    '<!--',
    '| Model | East US |',
    '| --- | --- |',
    '| Old | ✔ <br>',
    '✔ |',
    '-->',
    'Retired <!-- kept for later',
    '| Model | East US |',
    '| --- | --- |',
    '| Old | ✔ |',
    '-->',
    '',
    '```md',
    '| Model | East US |',
    '| --- | --- | --- |',
    '```',
    '',
    '| Model | East US |', // 18
    '| --- | --- |',
    '| New | ✔ |',
  ].join('\n');
  expect(summary(text).map(({ line, rows }) => ({ line, rows }))).toEqual([{ line: 18, rows: [['New', '✔']] }]);
});

test('with origins, a tab group in an include nests in the tab holding the include', () => {
  const text = ['# [Provisioned](#tab/provisioned)', '', '# [Chat](#tab/chat)', '', '| Model | Region |', '| --- | --- |', '| Phi | Japan East <br>', 'East US |'].join('\n');
  const origins = [[], [], [1], [1], [1], [1], [1], [1]].map((includes) => ({ includes }));
  expect(summary(text, origins).map(({ tabs }) => tabs)).toEqual([['Provisioned', 'Chat']]);
  expect(summary(text).map(({ tabs }) => tabs)).toEqual([['Chat']]);
});
