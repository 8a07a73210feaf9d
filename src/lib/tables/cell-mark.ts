/** What an availability cell says. */
export type CellMark = 'available' | 'not-available' | 'unrecognized';

/** Marks that mean "available"; `**&check;**` reaches here as ✓. */
const AVAILABLE = new Set(['✔', '✅', '✓', 'yes']);
/** Cells that mean "not available"; an empty cell does too (GFM's rule for missing cells). */
const NOT_AVAILABLE = new Set(['', 'not available', 'not applicable', 'no', 'n/a', 'na', '-', '–', '—', '✖', '✗', '❌', 'unavailable']);

/** The text (U+FE0E) and emoji (U+FE0F) variation selectors: `✔️` and `✔︎` are ✔ drawn two ways. */
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;

/** Reads an availability mark: ✔, ✔️, ✅, ✓, "Yes" / "Not available", "Not applicable", "unavailable", `-`, empty. */
export function readCellMark(text: string): CellMark {
  const value = text.replace(/\*\*|__/g, '').replace(VARIATION_SELECTORS, '').trim().toLowerCase();
  if (AVAILABLE.has(value)) return 'available';
  if (NOT_AVAILABLE.has(value)) return 'not-available';
  return 'unrecognized';
}

/**
 * Whether a column's cells read as availability: none holds a value that is
 * not a mark, unless one ✔ shows the others are marks with notes. Quotas
 * (`300 K`) and notes are values.
 */
export function holdsAvailabilityMarks(texts: readonly string[]): boolean {
  const reads = texts.map(readCellMark);
  return !reads.includes('unrecognized') || reads.includes('available');
}

/** A ✔-like mark anywhere in a text (the emoji form is ✔ followed by a variation selector). */
export const AVAILABILITY_MARK = /✔|✅|✓/;
const EVERY_MARK = new RegExp(AVAILABILITY_MARK.source, 'g');

/** How many ✔-like marks a text holds, so a dropped cell can say what it lost. */
export function countMarks(text: string): number {
  return (text.match(EVERY_MARK) ?? []).length + (/^\s*yes\s*$/i.test(text) ? 1 : 0);
}
