import { DEPLOY_BIT, FINE_TUNE_BIT } from '../lib/matrix/cell-state.ts';
import type { FilterInput, FilterResult } from '../lib/matrix/filter-matrix.ts';
import { tableWidth } from '../lib/matrix/table-width.ts';

const cellBits: Record<string, number> = {
  'matrix__cell--deployment': DEPLOY_BIT,
  'matrix__cell--fine-tuning': FINE_TUNE_BIT,
  'matrix__cell--both': DEPLOY_BIT | FINE_TUNE_BIT,
};

/** The server-rendered matrix table, read once so filtering never reads cells again. */
export interface MatrixTable {
  input: FilterInput;
  rows: HTMLTableRowElement[];
  groups: { body: HTMLTableSectionElement; rows: number[] }[];
  /** Column group headings (providers, then geographies) with the columns each spans. */
  spans: { head: HTMLTableCellElement; columns: number[] }[];
  table: HTMLTableElement;
  /** The regions row and the model rows: the rows that have one cell per column, after their first cell. */
  columnRows: HTMLTableRowElement[];
  /** Which columns show now, and which each row's cells were last set to. */
  columns: boolean[];
  applied: Map<HTMLTableRowElement, { columns: boolean[]; cells: HTMLTableCellElement[] }>;
  /** Rows the browser renders now; the others skip rendering (content-visibility) and get their columns when they come into view. */
  rendered: Set<HTMLTableRowElement>;
  /** The box the matrix scrolls in: rendered rows outside it get their columns when they scroll into it. */
  scroller: HTMLElement;
  count: HTMLElement;
}

function spansOf(heads: HTMLTableCellElement[]): { head: HTMLTableCellElement; columns: number[] }[] {
  let next = 0;
  return heads.map((head) => {
    const columns = Array.from({ length: head.colSpan }, (_, index) => next + index);
    next += head.colSpan;
    return { head, columns };
  });
}

/** Hides and shows one row's cells, touching only the cells whose column changed. */
function applyColumns(table: MatrixTable, row: HTMLTableRowElement): void {
  const applied = table.applied.get(row)!;
  const { columns } = table;
  if (applied.columns === columns) return;
  for (let c = 0; c < columns.length; c++) {
    if (applied.columns[c] !== columns[c]) applied.cells[c + 1]!.hidden = !columns[c];
  }
  applied.columns = columns;
}

export function readMatrixTable(table: HTMLTableElement, count: HTMLElement): MatrixTable {
  const regions = [...table.querySelectorAll<HTMLTableCellElement>('.matrix__region')];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('.matrix__row')];
  const width = regions.length;
  const bits = new Uint8Array(rows.length * width);
  rows.forEach((row, r) => {
    const cells = row.cells;
    for (let c = 0; c < width; c++) bits[r * width + c] = cellBits[cells[c + 1]!.classList[1] ?? ''] ?? 0;
  });
  const rowIndex = new Map(rows.map((row, index) => [row, index]));
  const columns = regions.map(() => true);
  const matrix: MatrixTable = {
    input: {
      rows: rows.map((row) => ({
        id: row.dataset.model!,
        provider: row.dataset.provider!,
        publisher: row.dataset.publisher!,
        preview: row.dataset.preview !== undefined,
        text: row.dataset.text!,
      })),
      columns: regions.map((head) => ({ id: head.dataset.region!, provider: head.dataset.provider!, geography: head.dataset.geography! })),
      bits,
    },
    rows,
    table,
    groups: [...table.tBodies].map((body) => ({ body, rows: [...body.rows].flatMap((row) => rowIndex.get(row) ?? []) })),
    spans: [
      ...spansOf([...table.querySelectorAll<HTMLTableCellElement>('.matrix__providers .matrix__group-head')]),
      ...spansOf([...table.querySelectorAll<HTMLTableCellElement>('.matrix__geographies .matrix__group-head')]),
    ],
    columnRows: [table.querySelector<HTMLTableRowElement>('.matrix__regions')!, ...rows],
    columns,
    applied: new Map([table.querySelector<HTMLTableRowElement>('.matrix__regions')!, ...rows].map((row) => [row, { columns, cells: [...row.cells] }])),
    rendered: new Set(),
    scroller: table.parentElement!,
    count,
  };
  // At 500 × 100 setting 50,000 cells per filter change is too slow; rows out of view catch up when they come into view.
  table.addEventListener('contentvisibilityautostatechange', (event) => {
    const row = event.target as HTMLTableRowElement;
    if ((event as Event & { skipped: boolean }).skipped) {
      matrix.rendered.delete(row);
    } else {
      matrix.rendered.add(row);
      applyColumns(matrix, row);
    }
  });
  // Rendered rows just outside the box skip no rendering when they scroll in, so no state change event gives them their columns.
  const catchUp = () => applyColumnsInView(matrix, matrix.rendered);
  matrix.scroller.addEventListener('scroll', catchUp, { passive: true });
  addEventListener('resize', catchUp, { passive: true });
  return matrix;
}

/**
 * Gives their columns to the rows in the scroll box, so the next frame shows
 * them right. Rows a change moved out of it are about to skip rendering:
 * setting their cells would style and lay out thousands of cells no one sees.
 * All boxes are read before any cell is written, so layout runs once.
 */
function applyColumnsInView(table: MatrixTable, rows: Iterable<HTMLTableRowElement>): void {
  const stale = [...rows].filter((row) => table.applied.get(row)!.columns !== table.columns);
  if (stale.length === 0) return;
  const view = table.scroller.getBoundingClientRect();
  const inView = stale.filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  });
  for (const row of inView) applyColumns(table, row);
}

/** Shows what a filter result keeps: rows and groups by `hidden`, columns by hiding their cells in the rows on screen. */
export function showFilterResult(table: MatrixTable, result: FilterResult): void {
  table.rows.forEach((row, r) => {
    if (row.hidden === result.rows[r]) row.hidden = !result.rows[r];
    // A row taken out of layout fires no state change event.
    if (row.hidden) table.rendered.delete(row);
  });
  for (const group of table.groups) group.body.hidden = !group.rows.some((r) => result.rows[r]);
  for (const { head, columns } of table.spans) {
    const shown = columns.filter((c) => result.columns[c]).length;
    head.hidden = shown === 0;
    head.colSpan = Math.max(shown, 1);
    head.style.setProperty('--matrix-span', String(shown));
  }
  table.table.setAttribute('style', tableWidth(result.columnCount));
  table.columns = result.columns;
  applyColumns(table, table.columnRows[0]!);
  applyColumnsInView(table, table.rows.filter((row) => !row.hidden));
  const { rows, columns } = table.input;
  table.count.textContent = `${result.rowCount} of ${rows.length} models, ${result.columnCount} of ${columns.length} regions`;
}
