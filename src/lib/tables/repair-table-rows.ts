import { countRowCells } from './count-row-cells.ts';
import type { MapPoint } from './split-cell.ts';

/** One physical line of a table block, without its container prefix (list indent, `>`). */
export interface PhysicalLine {
  /** 1-based line in the document's expanded text. */
  line: number;
  /** 1-based column where `text` starts. */
  column: number;
  text: string;
}

/** A logical row: one or more physical lines joined. */
export interface LogicalRow {
  text: string;
  line: number;
  endLine: number;
  /** Where each joined physical line starts in `text`. */
  pieces: { offset: number; line: number; column: number }[];
}

export interface RepairedRows {
  /** Header, delimiter and one line per logical row: markdown GFM reads as one table. */
  markdown: string;
  /** Maps a point of `markdown` back to the document's expanded text. */
  map: MapPoint;
  rows: LogicalRow[];
}

/** A `<br>` closing a line means the cell goes on on the next line. */
const TRAILING_LINE_BREAK = /<br\s*\/?>$/i;
/** Lines that never continue a cell: headings, fences, Learn's `:::` and `[!INCLUDE]`. */
const NEW_BLOCK = /^(?:#{1,6}(?:\s|$)|`{3,}|~{3,}|:::|\[!)/i;
/** Lines that start another block when the row before them is complete, but may continue an unfinished cell. */
const OTHER_BLOCK = /^(?:[-*+]\s|\d{1,9}[.)]\s|>|<(?!br\b)[a-z!/?])/i;
const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
/** A bullet list item line (`- East US`), which may carry on a cell's list of regions. */
const BULLET_LINE = /^[-*+•]\s/;
/** What joins a bullet line to the cell it continues: it is an item of its own, as after `<br>`. */
const ITEM_JOIN = ' <br> ';

/** Strips the container prefix (indentation, block quote markers) off a line. */
export function physicalLine(text: string, line: number): PhysicalLine {
  const prefix = CONTAINER_PREFIX.exec(text)?.[0] ?? '';
  return { line, column: prefix.length + 1, text: text.slice(prefix.length).trimEnd() };
}

/**
 * The lines of the block a table starts on: from its header line to the line
 * before the first blank one.
 */
export function tableBlock(lines: readonly string[], headerLine: number): PhysicalLine[] {
  const block: PhysicalLine[] = [];
  for (let index = headerLine - 1; index < lines.length; index++) {
    const physical = physicalLine(lines[index]!, index + 1);
    if (physical.text.trim() === '') break;
    block.push(physical);
  }
  return block;
}

/**
 * Groups a table's body lines into logical rows. GFM ends a row at every line
 * end, so a cell continued on the next line (`East US <br>` then `East US 2`)
 * becomes rows of garbage, and a line starting with `<br>` opens an HTML block
 * that swallows the rest. A line continues the row before it when that row
 * ended in `<br>` (unless that row is complete and the line opens a new one
 * with `|`), or when the row has fewer cells than the header and the line does
 * not open a new row, or when it is a bullet item under a row left open (see
 * `closedRows`). A heading, fence or Learn block ends the
 * table; a list or HTML line does too after a complete row, as in GFM.
 */
export interface GroupRowsOptions {
  /**
   * Whether the header row ends with a pipe (default: `false`). Then a row
   * that does not is unfinished, and a bullet line after it (`- West US` under
   * `| gpt-4o | - East US`) is the next item of its last cell, not a list.
   */
  closedRows?: boolean;
}

export function groupTableRows(body: readonly PhysicalLine[], columns: number, options: GroupRowsOptions = {}): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let current: LogicalRow | undefined;
  let continues = false;
  for (const physical of body) {
    const text = physical.text.trim();
    const column = physical.column + (physical.text.length - physical.text.trimStart().length);
    const opensRow = text.startsWith('|');
    if (!continues && NEW_BLOCK.test(text)) break;
    const complete = current !== undefined && countRowCells(current.text) >= columns;
    const bulletGoesOn = options.closedRows === true && current !== undefined && !opensRow && BULLET_LINE.test(text) && !closesWithPipe(current.text);
    if (current && ((continues && !(opensRow && complete)) || (!opensRow && !complete) || bulletGoesOn)) {
      const join = bulletGoesOn && !continues ? ITEM_JOIN : ' ';
      current.pieces.push({ offset: current.text.length + join.length, line: physical.line, column });
      current.text += join + text;
      current.endLine = physical.line;
    } else {
      if (!opensRow && OTHER_BLOCK.test(text)) break;
      current = { text, line: physical.line, endLine: physical.line, pieces: [{ offset: 0, line: physical.line, column }] };
      rows.push(current);
    }
    continues = TRAILING_LINE_BREAK.test(text);
  }
  return rows;
}

/** Whether a row as written ends with its closing pipe. */
export function closesWithPipe(text: string): boolean {
  return text.endsWith('|') && !text.endsWith('\\|');
}

/**
 * Rebuilds the table's markdown with one line per logical row, each opened
 * with a pipe, so GFM reads every row whole; positions map back through the
 * joined pieces.
 */
export function repairTableRows(header: PhysicalLine, delimiter: PhysicalLine, rows: LogicalRow[]): RepairedRows {
  const shifts: number[] = [];
  const texts = rows.map((row) => {
    const shift = row.text.startsWith('|') ? 0 : 2;
    shifts.push(shift);
    return shift ? '| ' + row.text : row.text;
  });
  const markdown = [header.text, delimiter.text, ...texts].join('\n');
  const map: MapPoint = (line, column) => {
    if (line === 1) return { line: header.line, column: header.column + column - 1 };
    if (line === 2) return { line: delimiter.line, column: delimiter.column + column - 1 };
    const row = rows[line - 3];
    if (!row) return { line: header.line, column: header.column };
    const offset = Math.max(0, column - 1 - shifts[line - 3]!);
    let piece = row.pieces[0]!;
    for (const candidate of row.pieces) if (candidate.offset <= offset) piece = candidate;
    return { line: piece.line, column: piece.column + Math.max(0, offset - piece.offset) };
  };
  return { markdown, map, rows };
}
