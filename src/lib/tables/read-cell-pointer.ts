import type { CellItem } from './table-types.ts';

/** Where a cell sends the reader instead of saying something itself. */
export interface CellPointer {
  /** The words it points with: a link's label, or what follows "See", "Same as" ("the table below", "gpt-4o"). */
  target: string;
  /** Where its link goes, when it has one. */
  href?: string;
}

export interface CellPointerOptions {
  /**
   * Whether a link's label names what the cell should hold (a region), so that
   * `[East US](…)` is read, not taken for a pointer (default: no label does).
   */
  isName?: (text: string) => boolean;
}

/** Words that send the reader elsewhere: "See …", "See also …", "Refer to …", "Same as …", "As for …", "Go to …". */
const POINTER_PHRASE = /^(?:see(?:\s+also)?|refer\s+to|same\s+as|as\s+(?:for|in)|go\s+to)\b[\s:]*(.*)$/i;

const emptyOptions: CellPointerOptions = {};

/**
 * Reads a cell item that only points elsewhere (`See [Global Standard model
 * availability](#global-standard-model-availability)`, `Refer to the table
 * below`, `Same as gpt-4o`, or a lone link whose label is not a name), or
 * `undefined` when the item says something itself.
 */
export function readCellPointer(item: CellItem, options: CellPointerOptions = emptyOptions): CellPointer | undefined {
  const phrase = POINTER_PHRASE.exec(item.text);
  const link = item.links.length === 1 ? item.links[0] : undefined;
  if (phrase) {
    const target = link?.label || phrase[1]!.trim() || item.text;
    return link?.href ? { target, href: link.href } : { target };
  }
  if (!link || item.text !== link.label || options.isName?.(link.label)) return undefined;
  // A link with no text is named by where it points.
  return link.href ? { target: link.label || link.href, href: link.href } : { target: link.label };
}
