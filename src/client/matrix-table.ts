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
  /** The box the matrix scrolls in: rows outside it get their columns when they scroll into it or start rendering. */
  scroller: HTMLElement;
  /** The rows told which to render in the frame that shows the last change (see `renderOnScreenFirst`), until the next frame. */
  settling: HTMLTableRowElement[];
  /** Counts changes, so a change's release of the other rows does not cut short a later change's frame. */
  changes: number;
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
    scroller: table.parentElement!,
    settling: [],
    changes: 0,
    count,
  };
  // At 500 × 100 setting 50,000 cells per filter change is too slow; rows out of view catch up when they start rendering.
  table.addEventListener('contentvisibilityautostatechange', (event) => {
    if (!(event as ContentVisibilityAutoStateChangeEvent).skipped) applyColumns(matrix, event.target as HTMLTableRowElement);
  });
  // Rows rendered just outside the box skip no rendering when they scroll in, so no state change event gives them their
  // columns; rows still held back for a change's first frame (see `renderOnScreenFirst`) render as they scroll in.
  const catchUp = () => {
    const waiting = matrix.rows.filter((row) => !row.hidden && (matrix.applied.get(row)!.columns !== matrix.columns || row.classList.contains(deferredClass)));
    if (waiting.length > 0) showOnScreen(matrix, onScreenRows(matrix, waiting));
  };
  // Rows count as on screen only inside the window too, so scrolling the page brings rows in as well.
  matrix.scroller.addEventListener('scroll', catchUp, { passive: true });
  addEventListener('scroll', catchUp, { passive: true });
  addEventListener('resize', catchUp, { passive: true });
  return matrix;
}

/**
 * How far below the screen a row still counts as on it (px): rows above a row
 * that were never rendered have a one-line height, and a long name may wrap.
 */
const onScreenMargin = 48;

/**
 * Those of `rows` in the part of the scroll box that is on screen and not
 * under its sticky header. Boxes are all read before anything is written, so
 * layout runs once.
 */
function onScreenRows(table: MatrixTable, rows: HTMLTableRowElement[]): HTMLTableRowElement[] {
  const view = table.scroller.getBoundingClientRect();
  const top = Math.max(view.top + table.table.tHead!.offsetHeight, 0);
  const bottom = Math.min(view.bottom, innerHeight) + onScreenMargin;
  if (bottom <= top) return [];
  return rows.filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > top && box.top < bottom;
  });
}

const deferredClass = 'matrix__row--deferred';
const onScreenClass = 'matrix__row--on-screen';

/**
 * Gives their columns to rows on screen and renders them, so the next frame
 * shows them right. The other rows skip rendering or are about to: setting
 * their cells would style and lay out thousands of cells no one sees.
 */
function showOnScreen(table: MatrixTable, rows: HTMLTableRowElement[]): void {
  for (const row of rows) {
    row.classList.replace(deferredClass, onScreenClass);
    applyColumns(table, row);
  }
}

/**
 * Renders only the rows on screen in the frame that shows a change. Left to
 * `content-visibility: auto`, Chromium also renders every row up to half a
 * screen beyond the view, and at once every row that was rendered before a
 * filter hid it: at 500 × 100 that is some 5,000 cells to style, lay out and
 * paint where a few hundred show. Every shown row first skips its contents
 * (placeholders keep their remembered height, so the rows read here are where
 * they will be), then the rows on screen render; in the frame after, the
 * rows go back to `auto`. The classes are set row by row: one class on the
 * table would make Chromium look through all 50,000 cells for rows.
 */
function renderOnScreenFirst(table: MatrixTable): void {
  renderAllRows(table);
  const shown = table.rows.filter((row) => !row.hidden);
  for (const row of shown) row.classList.add(deferredClass);
  showOnScreen(table, onScreenRows(table, shown));
  table.settling = shown;
  const change = ++table.changes;
  // Released in the next frame's own update, where Chromium settles which rows `auto` renders before it paints:
  // released in between, the rows on screen would skip their contents until that is settled.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (change === table.changes) renderAllRows(table);
    }),
  );
}

/** Lets `content-visibility: auto` decide again which rows render. */
function renderAllRows(table: MatrixTable): void {
  for (const row of table.settling) row.classList.remove(deferredClass, onScreenClass);
  table.settling = [];
}

/** Shows what a filter result keeps: rows and groups by `hidden`, columns by hiding their cells in the rows on screen. */
export function showFilterResult(table: MatrixTable, result: FilterResult): void {
  table.rows.forEach((row, r) => {
    if (row.hidden === result.rows[r]) row.hidden = !result.rows[r];
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
  renderOnScreenFirst(table);
  const { rows, columns } = table.input;
  table.count.textContent = `${result.rowCount} of ${rows.length} models, ${result.columnCount} of ${columns.length} regions`;
}
