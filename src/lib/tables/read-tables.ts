import type { Table } from 'mdast';
import { findBrokenTables, withoutTables, type BrokenTable } from './find-broken-tables.ts';
import { findTables, headingsAbove } from './find-tables.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { groupTableRows, physicalLine, repairTableRows, tableBlock, type PhysicalLine } from './repair-table-rows.ts';
import { splitCell, type MapPoint } from './split-cell.ts';
import type { ReadTable, TableRow } from './table-types.ts';

const identity: MapPoint = (line, column) => ({ line, column });

/**
 * Reads every table of a document's (expanded) text. The text is parsed once;
 * tables whose rows GFM would break (a row over several lines, a `<br>` line
 * swallowed as HTML) are left out of that parse and parsed again rebuilt, one
 * line per row, from their own lines only. A broken table the line scan
 * missed (GFM ended it early) is rebuilt the same way after the parse.
 */
export function readTables(text: string): ReadTable[] {
  const lines = text.split('\n');
  const broken = findBrokenTables(lines);
  const { tables, headings } = findTables(parseMarkdown(broken.length > 0 ? withoutTables(lines, broken) : text));
  const read = tables.map(({ node, headings: above }) => readParsedTable(node, above, lines));
  read.push(...readRebuiltTables(broken, (table) => headingsAbove(headings, table.line), lines));
  return read.sort((a, b) => a.line - b.line);
}

function readParsedTable(node: Table, headings: string[], lines: readonly string[]): ReadTable {
  const headerLine = node.position?.start.line ?? 1;
  const columns = node.children[0]?.children.length ?? 0;
  const block = tableBlock(lines, headerLine);
  if (block.length < 2) return fromNode(node, headings, identity, lines, false);
  const rows = groupTableRows(block.slice(2), columns);
  const lastLine = rows.at(-1)?.endLine ?? headerLine + 1;
  const broken = lastLine !== (node.position?.end.line ?? lastLine) || rows.some((row) => row.endLine !== row.line);
  if (!broken) return fromNode(node, headings, identity, lines, false);
  return readRebuiltTables([{ header: block[0]!, delimiter: block[1]!, rows, line: headerLine, endLine: lastLine }], () => headings, lines)[0]!;
}

/**
 * Parses the rebuilt tables of one document together, a blank line between
 * them, so the parser's fixed cost is paid once, and maps each back.
 */
function readRebuiltTables(broken: readonly BrokenTable[], headingsOf: (table: BrokenTable) => string[], lines: readonly string[]): ReadTable[] {
  if (broken.length === 0) return [];
  const repaired = broken.map((table) => repairTableRows(table.header, table.delimiter, table.rows));
  const starts: number[] = [];
  let next = 1;
  for (const table of broken) {
    starts.push(next);
    next += table.rows.length + 3;
  }
  const tree = parseMarkdown(repaired.map((table) => table.markdown).join('\n\n'));
  const byStart = new Map(tree.children.filter((child): child is Table => child.type === 'table').map((node) => [node.position?.start.line, node]));
  return broken.map((table, index) => {
    const node = byStart.get(starts[index]!);
    if (!node) return emptyTable(table, headingsOf(table));
    const shift = starts[index]! - 1;
    const map: MapPoint = (line, column) => repaired[index]!.map(line - shift, column);
    const read = fromNode(node, headingsOf(table), map, lines, true);
    read.rows.forEach((row, rowIndex) => {
      const logical = table.rows[rowIndex];
      if (logical) {
        row.line = logical.line;
        row.endLine = logical.endLine;
      }
    });
    return read;
  });
}

/** What is left of a table GFM cannot read even rebuilt: its position, no rows. */
function emptyTable(broken: BrokenTable, headings: string[]): ReadTable {
  return { header: [], rows: [], line: broken.line, column: broken.header.column, headings, tabs: [], repaired: true, problems: [] };
}

function fromNode(node: Table, headings: string[], map: MapPoint, lines: readonly string[], repaired: boolean): ReadTable {
  const [head, ...body] = node.children;
  const start = map(node.position?.start.line ?? 1, node.position?.start.column ?? 1);
  const rows: TableRow[] = body.map((row) => {
    const at = map(row.position?.start.line ?? 1, row.position?.start.column ?? 1);
    const end = map(row.position?.end.line ?? 1, row.position?.end.column ?? 1);
    return {
      cells: row.children.map((cell) => splitCell(cell, map)),
      line: at.line,
      endLine: end.line,
      column: at.column,
      fenced: fencing(physicalLine(lines[at.line - 1] ?? '', at.line), physicalLine(lines[end.line - 1] ?? '', end.line)),
    };
  });
  return {
    header: head ? head.children.map((cell) => splitCell(cell, map)) : [],
    rows,
    line: start.line,
    column: start.column,
    headings,
    tabs: [],
    repaired,
    problems: [],
  };
}

function fencing(first: PhysicalLine, last: PhysicalLine): { leading: boolean; trailing: boolean } {
  const end = last.text.trimEnd();
  return { leading: first.text.trimStart().startsWith('|'), trailing: end.endsWith('|') && !end.endsWith('\\|') };
}
