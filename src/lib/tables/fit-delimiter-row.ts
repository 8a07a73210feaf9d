import type { PhysicalLine } from './repair-table-rows.ts';
import type { TableProblem } from './table-types.ts';

/** What a delimiter cell added for a missing column holds: no alignment. */
const PLAIN_DELIMITER = '---';

/**
 * The delimiter row cut or padded to the header's width. GFM refuses a table
 * whose delimiter row and header differ in width (it reads a paragraph); read
 * with the header's width, the author's columns are kept, alignment of the
 * columns both rows have too.
 */
export function fitDelimiterRow(text: string, columns: number): string {
  const cells = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
  if (cells.length === columns) return text;
  return `| ${Array.from({ length: columns }, (_, index) => cells[index] ?? PLAIN_DELIMITER).join(' | ')} |`;
}

/** The warning for a delimiter row refitted to its header's width. */
export function delimiterWidthProblem(delimiter: PhysicalLine, cells: number, columns: number): TableProblem {
  return {
    severity: 'warning',
    rule: 'table-delimiter-width',
    message: `Delimiter row has ${count(cells, 'cell')}, the header ${columns}; read with the header's ${count(columns, 'column')}`,
    line: delimiter.line,
    column: delimiter.column,
  };
}

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}
