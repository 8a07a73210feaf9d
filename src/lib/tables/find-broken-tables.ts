import { countRowCells } from './count-row-cells.ts';
import { groupTableRows, physicalLine, tableBlock, type LogicalRow, type PhysicalLine } from './repair-table-rows.ts';

/** A table whose rows GFM would break, found before parsing. */
export interface BrokenTable {
  header: PhysicalLine;
  delimiter: PhysicalLine;
  rows: LogicalRow[];
  /** First (header) and last line the table takes. */
  line: number;
  endLine: number;
}

const FENCE = /^(`{3,}|~{3,})/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;

/**
 * Finds, line by line, the tables with a row written over several physical
 * lines, so the document can be parsed once with those lines left out and
 * only they are parsed again, rebuilt. Code fences and HTML comments are
 * skipped, as GFM skips them.
 */
export function findBrokenTables(lines: readonly string[]): BrokenTable[] {
  const found: BrokenTable[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (let index = 0; index < lines.length - 1; index++) {
    const text = physicalLine(lines[index]!, index + 1).text.trim();
    if (fence) {
      if (text.startsWith(fence)) fence = undefined;
      continue;
    }
    const opening = FENCE.exec(text);
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (inComment || text.includes('<!--')) {
      inComment = text.lastIndexOf('<!--') > text.lastIndexOf('-->') || (inComment && !text.includes('-->'));
      continue;
    }
    if (!text.includes('|')) continue;
    const delimiter = physicalLine(lines[index + 1]!, index + 2);
    const columns = countRowCells(text);
    if (!DELIMITER_ROW.test(delimiter.text.trim()) || countRowCells(delimiter.text) !== columns) continue;
    const block = tableBlock(lines, index + 1);
    const rows = groupTableRows(block.slice(2), columns);
    const endLine = rows.at(-1)?.endLine ?? index + 2;
    if (rows.some((row) => row.endLine > row.line)) found.push({ header: block[0]!, delimiter: block[1]!, rows, line: index + 1, endLine });
    index = endLine - 1;
  }
  return found;
}

/** The text with the given tables' lines emptied, keeping every line number. */
export function withoutTables(lines: readonly string[], tables: readonly BrokenTable[]): string {
  const kept = [...lines];
  for (const table of tables) for (let line = table.line; line <= table.endLine; line++) kept[line - 1] = '';
  return kept.join('\n');
}
