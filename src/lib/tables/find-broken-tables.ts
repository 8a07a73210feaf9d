import { countRowCells } from './count-row-cells.ts';
import { delimiterWidthProblem } from './fit-delimiter-row.ts';
import { maskHiddenText } from './mask-hidden-text.ts';
import { closesWithPipe, groupTableRows, physicalLine, tableBlock, type LogicalRow, type PhysicalLine } from './repair-table-rows.ts';
import type { TableProblem } from './table-types.ts';

/** A table GFM would break or refuse, found before parsing. */
export interface BrokenTable {
  header: PhysicalLine;
  delimiter: PhysicalLine;
  rows: LogicalRow[];
  /** First (header) and last line the table takes. */
  line: number;
  endLine: number;
  /** The header's width, which the table is read with. */
  columns: number;
  /** What was found wrong besides rows over several lines. */
  problems: TableProblem[];
}

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;

/**
 * Finds, line by line, the tables GFM would break (a row written over several
 * physical lines) or refuse (a delimiter row wider or narrower than the
 * header), so the document can be parsed once with those lines left out and
 * only they are parsed again, rebuilt. Code fences and HTML comments
 * (`visible` has them blanked) are skipped.
 */
export function findBrokenTables(lines: readonly string[], visible: readonly string[] = maskHiddenText(lines)): BrokenTable[] {
  const found: BrokenTable[] = [];
  for (let index = 0; index < lines.length - 1; index++) {
    if (!visible[index]!.includes('|') || visible[index + 1]!.trim() === '') continue;
    const delimiter = physicalLine(lines[index + 1]!, index + 2);
    if (!DELIMITER_ROW.test(delimiter.text.trim())) continue;
    const columns = countRowCells(physicalLine(lines[index]!, index + 1).text);
    const cells = countRowCells(delimiter.text);
    // `---` under a line is a setext heading; only a delimiter row with a pipe can be meant for a wider header.
    if (columns === 0 || (cells !== columns && !delimiter.text.includes('|'))) continue;
    const block = tableBlock(lines, index + 1);
    const rows = groupTableRows(block.slice(2), columns, { closedRows: closesWithPipe(block[0]!.text) });
    const endLine = rows.at(-1)?.endLine ?? index + 2;
    const problems = cells === columns ? [] : [delimiterWidthProblem(delimiter, cells, columns)];
    if (problems.length > 0 || rows.some((row) => row.endLine > row.line)) {
      found.push({ header: block[0]!, delimiter, rows, line: index + 1, endLine, columns, problems });
    }
    index = endLine - 1;
  }
  return found;
}

/**
 * The text without the given tables: their lines emptied down to their
 * container prefix (indentation, `>`), keeping every line number, and the
 * header line holding `placeholder` (an HTML comment) in the table's stead,
 * so the parse still shows which container, heading and tab it sits in.
 */
export function withoutTables(lines: readonly string[], tables: readonly BrokenTable[], placeholder: string): string {
  const kept = [...lines];
  for (const table of tables) {
    for (let line = table.line; line <= table.endLine; line++) {
      const text = lines[line - 1]!;
      kept[line - 1] = text.slice(0, physicalLine(text, line).column - 1);
    }
    kept[table.line - 1] += placeholder;
  }
  return kept.join('\n');
}
