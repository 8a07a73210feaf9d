import { readCellMark } from '../tables/cell-mark.ts';
import type { TableCell } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';

/**
 * Whether a ✔ matrix cell marks the model available in the region. A cell
 * that is neither a mark nor "not available" is reported and read as no fact.
 */
export function readAvailabilityCell(cell: TableCell, facts: FactCollector): boolean {
  const mark = readCellMark(cell.text);
  if (mark === 'unrecognized') {
    facts.diagnose('warning', 'cell-unrecognized', `Unexpected \`${cell.text}\` in an availability cell, expected ✔, ✅, Yes, Not available or empty; no fact`, cell.line, cell.column);
  }
  return mark === 'available';
}
