import type { RootContent } from 'mdast';

/** A link kept from a cell: its text and where it points. */
export interface CellLink {
  label: string;
  href: string;
}

/**
 * One piece of a cell, split at `<br>`. `text` keeps inline code in backticks
 * (model ids) and shows links by their label. Positions are lines and columns
 * of the document's expanded text.
 */
export interface CellItem {
  text: string;
  links: CellLink[];
  line: number;
  column: number;
}

export interface TableCell {
  /** The cell's items; empty for an empty cell. */
  items: CellItem[];
  /** All items joined with `<br>`, for classifying and messages. */
  text: string;
  line: number;
  column: number;
}

export interface TableRow {
  cells: TableCell[];
  /** First and last physical line the row was written on. */
  line: number;
  endLine: number;
  column: number;
  /** Whether the row opened and closed with a pipe as written. */
  fenced: { leading: boolean; trailing: boolean };
}

/** Something repaired or assumed while reading a table, reported by the extractor. */
export interface TableProblem {
  severity: 'warning' | 'info';
  rule: string;
  message: string;
  line: number;
  column: number;
}

/** A table as read from a document, after any row repair. */
export interface ReadTable {
  header: TableCell[];
  rows: TableRow[];
  line: number;
  column: number;
  /** Text of the headings the table sits under, outermost first (tab headings excluded). */
  headings: string[];
  /** Labels of the tabs (`# [Global Standard](#tab/global-standard)`) the table sits in, outermost first. */
  tabs: string[];
  /** True when its rows were rebuilt from the source lines. */
  repaired: boolean;
  /** Repairs made while reading it (positions in the expanded text). */
  problems: TableProblem[];
  /**
   * The node of the document's tree the table was read from: its table node,
   * or the placeholder standing in for a table read apart (absent when the
   * parse kept no node for it). Siblings after it up to the table's last row
   * are fragments GFM split off it.
   */
  node?: RootContent;
}
