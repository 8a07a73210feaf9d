import type { Root, Table } from 'mdast';
import { findBrokenTables, withoutTables, type BrokenTable } from './find-broken-tables.ts';
import { findTables, type TableContext } from './find-tables.ts';
import { fitDelimiterRow } from './fit-delimiter-row.ts';
import { maskHiddenText } from './mask-hidden-text.ts';
import { parseDocumentMarkdown, parseMarkdown } from './parse-markdown.ts';
import { closesWithPipe, groupTableRows, physicalLine, repairTableRows, tableBlock, type PhysicalLine } from './repair-table-rows.ts';
import { splitCell, type MapPoint } from './split-cell.ts';
import type { ReadTable, TableRow } from './table-types.ts';

export interface ReadTablesOptions {
  /**
   * Where each line of the text came from (`origins` of a loaded document):
   * `includes`, the ids of the include expansions the line sits in, lets a
   * tab group inside an include nest in the tab holding it (default: the
   * text is one document).
   */
  origins?: readonly { includes: readonly number[] }[];
  /** The text's lines with HTML comments and code fences blanked (`maskHiddenText`), when the caller has them already (default: computed here). */
  visible?: readonly string[];
  /**
   * Parses the document (its lines kept), as whoever goes on from the tree
   * reads it: the guide renderer's own parse, with the dialect's parser
   * wrappers (default: GFM, `parseDocumentMarkdown`).
   */
  parse?: (text: string) => Root;
}

const identity: MapPoint = (line, column) => ({ line, column });
/** Stands in, in the one parse, for a table read apart; an HTML comment, so it never shows as content. */
const TABLE_PLACEHOLDER = '<!-- table read apart -->';
const PAGE_ONLY: readonly number[] = [];

/**
 * Reads every table of a document's (expanded) text. The text is parsed once;
 * tables GFM would break (a row over several lines, a `<br>` line swallowed
 * as HTML) or refuse (header and delimiter rows of different widths) are
 * replaced by a placeholder in that parse and parsed again rebuilt, one line
 * per row, from their own lines only. A broken table the line scan missed
 * (GFM ended it early) is rebuilt the same way after the parse. Tables inside
 * HTML comments and code fences are never read.
 */
export function readTables(text: string, options?: ReadTablesOptions): ReadTable[] {
  return readDocumentTables(text, options).tables;
}

/**
 * Like `readTables`, and returns the document's tree too: the one parse of
 * the document, which the guide renderer goes on from, each table keeping its
 * `node` in it (a table read apart keeps its placeholder).
 */
export function readDocumentTables(text: string, options?: ReadTablesOptions): { tree: Root; tables: ReadTable[] } {
  const origins = options?.origins;
  const lines = text.split('\n');
  const visible = options?.visible ?? maskHiddenText(lines);
  const broken = findBrokenTables(lines, visible);
  const tree = (options?.parse ?? parseDocumentMarkdown)(broken.length > 0 ? withoutTables(lines, broken, TABLE_PLACEHOLDER) : text);
  const includesAt = origins ? (line: number) => origins[line - 1]?.includes ?? PAGE_ONLY : undefined;
  const { tables, placeholders } = findTables(tree, { placeholder: TABLE_PLACEHOLDER, includesAt });
  const read: ReadTable[] = tables
    // GFM lets a table interrupt a paragraph that opened a comment; Learn's renderer keeps it in the comment.
    .filter(({ node }) => visible[(node.position?.start.line ?? 1) - 1]!.trim() !== '')
    .map(({ node, ...context }) => ({ ...readParsedTable(node, context, lines), node }));
  // A placeholder the parse did not keep as HTML (a header indented into code) leaves its table without context.
  const rebuilt = readRebuiltTables(broken, (table) => placeholders.get(table.line) ?? { headings: [], tabs: [] }, lines);
  rebuilt.forEach((table, index) => {
    const placeholder = placeholders.get(broken[index]!.line);
    if (placeholder) table.node = placeholder.node;
  });
  read.push(...rebuilt);
  return { tree, tables: read.sort((a, b) => a.line - b.line) };
}

function readParsedTable(node: Table, context: TableContext, lines: readonly string[]): ReadTable {
  const headerLine = node.position?.start.line ?? 1;
  const columns = node.children[0]?.children.length ?? 0;
  const block = tableBlock(lines, headerLine);
  if (block.length < 2) return fromNode(node, context, identity, lines, false);
  const rows = groupTableRows(block.slice(2), columns, { closedRows: closesWithPipe(block[0]!.text) });
  const lastLine = rows.at(-1)?.endLine ?? headerLine + 1;
  const broken = lastLine !== (node.position?.end.line ?? lastLine) || rows.some((row) => row.endLine !== row.line);
  if (!broken) return fromNode(node, context, identity, lines, false);
  const table: BrokenTable = { header: block[0]!, delimiter: block[1]!, rows, line: headerLine, endLine: lastLine, columns, problems: [] };
  return readRebuiltTables([table], () => context, lines)[0]!;
}

/**
 * Parses the rebuilt tables of one document together, a blank line between
 * them, so the parser's fixed cost is paid once, and maps each back.
 */
function readRebuiltTables(broken: readonly BrokenTable[], contextOf: (table: BrokenTable) => TableContext, lines: readonly string[]): ReadTable[] {
  if (broken.length === 0) return [];
  const repaired = broken.map((table) => repairTableRows(table.header, fittedDelimiter(table), table.rows));
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
    if (!node) return emptyTable(table, contextOf(table));
    const shift = starts[index]! - 1;
    const map: MapPoint = (line, column) => repaired[index]!.map(line - shift, column);
    const read = fromNode(node, contextOf(table), map, lines, true);
    read.problems = table.problems;
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

function fittedDelimiter(table: BrokenTable): PhysicalLine {
  return { ...table.delimiter, text: fitDelimiterRow(table.delimiter.text, table.columns) };
}

/** What is left of a table GFM cannot read even rebuilt: its position, no rows. */
function emptyTable(broken: BrokenTable, context: TableContext): ReadTable {
  return { header: [], rows: [], line: broken.line, column: broken.header.column, ...context, repaired: true, problems: broken.problems };
}

function fromNode(node: Table, context: TableContext, map: MapPoint, lines: readonly string[], repaired: boolean): ReadTable {
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
    headings: context.headings,
    tabs: context.tabs,
    repaired,
    problems: [],
  };
}

function fencing(first: PhysicalLine, last: PhysicalLine): { leading: boolean; trailing: boolean } {
  const end = last.text.trimEnd();
  return { leading: first.text.trimStart().startsWith('|'), trailing: end.endsWith('|') && !end.endsWith('\\|') };
}
