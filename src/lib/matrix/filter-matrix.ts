import { DEPLOY_BIT, FINE_TUNE_BIT } from './cell-state.ts';
import { isEmptyFilterState, type FilterState } from './filter-state.ts';

export interface FilterRow {
  id: string;
  provider: string;
  publisher: string;
  preview: boolean;
  /** Lower-case name, model ids and publisher, searched by the free-text filter. */
  text: string;
}

export interface FilterColumn {
  id: string;
  provider: string;
  geography: string;
}

/** The matrix as the filter sees it; the page script reads it back from the table. */
export interface FilterInput {
  rows: FilterRow[];
  columns: FilterColumn[];
  /** `bits[r * columns.length + c]`, as in `Matrix`. */
  bits: Uint8Array;
}

export interface FilterResult {
  rows: boolean[];
  columns: boolean[];
  rowCount: number;
  columnCount: number;
}

const capabilityMask = { '': DEPLOY_BIT | FINE_TUNE_BIT, deployment: DEPLOY_BIT, 'fine-tuning': FINE_TUNE_BIT } as const;

/**
 * Which rows and columns a filter state shows. Columns are filtered first
 * (provider, geography, chosen regions, and the regions where every chosen
 * model is available), then rows (their own filters, the models available in
 * every chosen region), then, once any filter is set, rows and columns with
 * no available cell left are dropped, so a search shows only where the model runs.
 */
export function filterMatrix(input: FilterInput, state: FilterState): FilterResult {
  const { rows, columns, bits } = input;
  const width = columns.length;
  const mask = capabilityMask[state.capability];
  const active = !isEmptyFilterState(state);
  const at = (row: number, column: number) => bits[row * width + column]! & mask;
  const rowIndex = new Map(rows.map((row, index) => [row.id, index]));
  const columnIndex = new Map(columns.map((column, index) => [column.id, index]));
  const chosenRows = state.models.map((id) => rowIndex.get(id) ?? -1);
  const chosenColumns = state.regions.map((id) => columnIndex.get(id) ?? -1);
  const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);

  const candidateColumns = columns.map(
    (column, c) =>
      (!state.provider || column.provider === state.provider) &&
      (!state.geography || column.geography === state.geography) &&
      (chosenColumns.length === 0 || chosenColumns.includes(c)) &&
      chosenRows.every((r) => r >= 0 && at(r, c) !== 0),
  );
  const shownRows = rows.map((row, r) => {
    if (state.provider && row.provider !== state.provider) return false;
    if (state.publisher && row.publisher !== state.publisher) return false;
    if (state.preview === 'only' && !row.preview) return false;
    if (state.preview === 'hide' && row.preview) return false;
    if (!words.every((word) => row.text.includes(word))) return false;
    if (chosenRows.length > 0 && !chosenRows.includes(r)) return false;
    if (!chosenColumns.every((c) => c >= 0 && at(r, c) !== 0)) return false;
    return !active || candidateColumns.some((shown, c) => shown && at(r, c) !== 0);
  });
  const shownColumns = candidateColumns.map(
    (shown, c) => shown && (!active || shownRows.some((rowShown, r) => rowShown && at(r, c) !== 0)),
  );
  const count = (flags: boolean[]) => flags.reduce((sum, flag) => sum + (flag ? 1 : 0), 0);
  return { rows: shownRows, columns: shownColumns, rowCount: count(shownRows), columnCount: count(shownColumns) };
}
