import { DEPLOY_BIT, FINE_TUNE_BIT } from '../lib/matrix/cell-state.ts';
import type { FilterInput, FilterResult } from '../lib/matrix/filter-matrix.ts';
import { tableWidth } from '../lib/matrix/table-width.ts';

const cellBits: Record<string, number> = {
  'matrix__cell--deployment': DEPLOY_BIT,
  'matrix__cell--fine-tuning': FINE_TUNE_BIT,
  'matrix__cell--both': DEPLOY_BIT | FINE_TUNE_BIT,
};

/** A cell over several columns (`data-columns`): a column group's heading, or on a model row another provider's block or a run of regions where the model is not available. */
interface Span {
  cell: HTMLTableCellElement;
  columns: number[];
}

/** A row's cells by column, and which columns they were last set to show. */
interface RowCells {
  columns: boolean[];
  /** The cell of each column that has one of its own. */
  single: (HTMLTableCellElement | undefined)[];
  spans: Span[];
}

/** The server-rendered matrix table, read once so filtering never reads cells again. */
export interface MatrixTable {
  input: FilterInput;
  rows: HTMLTableRowElement[];
  groups: { body: HTMLTableSectionElement; rows: number[] }[];
  table: HTMLTableElement;
  /** The header rows: provider and geography headings, then a cell per region. */
  headRows: HTMLTableRowElement[];
  /** Which columns show now. */
  columns: boolean[];
  /** The header rows and the model rows, with the columns their cells were last set to. */
  applied: Map<HTMLTableRowElement, RowCells>;
  /** The box the matrix scrolls in: rows outside it get their columns when they scroll into it or start rendering. */
  scroller: HTMLElement;
  /** The rows told which to render in the frame that shows the last change (see `renderOnScreenFirst`), until the next frame. */
  settling: HTMLTableRowElement[];
  /** Counts changes, so a change's release of the other rows does not cut short a later change's frame. */
  changes: number;
  count: HTMLElement;
}

/** The columns each of `cells` covers, by their `colspan`, from column 0. */
function spansOf(cells: HTMLTableCellElement[]): Span[] {
  let next = 0;
  return cells.map((cell) => {
    const columns = Array.from({ length: cell.colSpan }, (_, index) => next + index);
    next += cell.colSpan;
    return { cell, columns };
  });
}

/** Fits a spanning cell to the columns of its own that show, hiding it when none does. */
function fitSpan({ cell, columns }: Span, shown: boolean[]): void {
  const count = columns.filter((c) => shown[c]).length;
  if (cell.hidden !== (count === 0)) cell.hidden = count === 0;
  if (cell.colSpan !== Math.max(count, 1)) cell.colSpan = Math.max(count, 1);
  if (cell.style.getPropertyValue('--matrix-span') !== String(count)) cell.style.setProperty('--matrix-span', String(count));
}

/** Reads a row's cells after its first (the model's heading, or the corner), and the bits of availability its single cells show into `bits`. */
function readRowCells(row: HTMLTableRowElement, columns: boolean[], bits?: Uint8Array): RowCells {
  const cells = [...row.cells].slice(1);
  const single: (HTMLTableCellElement | undefined)[] = [];
  const spans: Span[] = [];
  spansOf(cells).forEach((span) => {
    if (span.cell.dataset.columns) spans.push(span);
    else for (const c of span.columns) single[c] = span.cell;
  });
  if (bits) single.forEach((cell, c) => (bits[c] = cellBits[cell!.classList[1] ?? ''] ?? 0));
  return { columns, single, spans };
}

/** Hides and shows one row's cells, touching only the cells whose column changed. */
function applyColumns(table: MatrixTable, row: HTMLTableRowElement): void {
  const applied = table.applied.get(row)!;
  const { columns } = table;
  if (applied.columns === columns) return;
  for (let c = 0; c < columns.length; c++) {
    if (applied.columns[c] !== columns[c]) {
      const cell = applied.single[c];
      if (cell) cell.hidden = !columns[c];
    }
  }
  for (const span of applied.spans) fitSpan(span, columns);
  applied.columns = columns;
}

export function readMatrixTable(table: HTMLTableElement, count: HTMLElement): MatrixTable {
  const regions = [...table.querySelectorAll<HTMLTableCellElement>('.matrix__region')];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('.matrix__row')];
  const width = regions.length;
  const bits = new Uint8Array(rows.length * width);
  const columns = regions.map(() => true);
  const headRows = [...table.tHead!.rows];
  const applied = new Map([
    ...headRows.map((row): [HTMLTableRowElement, RowCells] => [row, readRowCells(row, columns)]),
    ...rows.map((row, r): [HTMLTableRowElement, RowCells] => [row, readRowCells(row, columns, bits.subarray(r * width, (r + 1) * width))]),
  ]);
  const rowIndex = new Map(rows.map((row, index) => [row, index]));
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
    headRows,
    groups: [...table.tBodies].map((body) => ({ body, rows: [...body.rows].flatMap((row) => rowIndex.get(row) ?? []) })),
    columns,
    applied,
    scroller: table.parentElement!,
    settling: [],
    changes: 0,
    count,
  };
  // At 500 × 100 setting 50,000 cells in a change's frame is too slow: rows out of view get their columns when idle
  // (see `applyColumnsWhenIdle`), or sooner when they start rendering.
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
 * Renders the rows on screen in the frame that shows a change, and no more.
 * Rows a filter brings back stay skipped (`content-visibility: hidden`, as
 * while hidden) unless they land on screen: left to `auto`, Chromium would
 * also render those up to half a screen beyond the view. Rows on screen that
 * were skipped render at once rather than a frame late. Rows that were
 * rendered and stay shown are left alone: switching a row's
 * `content-visibility` makes Chromium style all its cells afresh, which for a
 * screenful of rows costs more than the rest of the change. In the frame
 * after, the rows held go back to `auto`.
 */
function renderOnScreenFirst(table: MatrixTable, appeared: HTMLTableRowElement[]): void {
  renderAllRows(table);
  for (const row of appeared) row.classList.add(deferredClass);
  const onScreen = onScreenRows(table, table.rows.filter((row) => !row.hidden));
  // Read before writing anything, so style and layout run once.
  const toRender = onScreen.filter((row) => row.classList.contains(deferredClass) || !row.cells[0]!.checkVisibility({ contentVisibilityAuto: true }));
  for (const row of toRender) {
    row.classList.remove(deferredClass);
    row.classList.add(onScreenClass);
  }
  for (const row of onScreen) applyColumns(table, row);
  table.settling = [...appeared, ...onScreen];
  const change = ++table.changes;
  // Released in the next frame's own update, where Chromium settles which rows `auto` renders before it paints:
  // released in between, the rows on screen would skip their contents until that is settled.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (change === table.changes) renderAllRows(table);
    }),
  );
}

/**
 * Gives the shown rows out of view their columns while the page is idle, a
 * few rows at a time: screen readers and find in page read rows that
 * `content-visibility: auto` skips, so their cells must be right too.
 */
function applyColumnsWhenIdle(table: MatrixTable): void {
  const change = table.changes;
  const waiting = table.rows.filter((row) => !row.hidden && table.applied.get(row)!.columns !== table.columns);
  let next = 0;
  const work = (deadline: IdleDeadline) => {
    // A later change has its own rows to catch up.
    if (change !== table.changes) return;
    while (next < waiting.length && deadline.timeRemaining() > 1) applyColumns(table, waiting[next++]!);
    if (next < waiting.length) requestIdleCallback(work);
  };
  if (waiting.length > 0) requestIdleCallback(work);
}

/** Lets `content-visibility: auto` decide again which rows render. */
function renderAllRows(table: MatrixTable): void {
  for (const row of table.settling) row.classList.remove(deferredClass, onScreenClass);
  table.settling = [];
}

/**
 * Shows what a filter result keeps: rows and groups by `hidden`, columns by
 * hiding their cells, in the rows on screen at once and in the others when idle.
 */
export function showFilterResult(table: MatrixTable, result: FilterResult): void {
  const appeared: HTMLTableRowElement[] = [];
  table.rows.forEach((row, r) => {
    if (row.hidden !== result.rows[r]) return;
    row.hidden = !result.rows[r];
    if (result.rows[r]) appeared.push(row);
  });
  for (const group of table.groups) {
    const hidden = !group.rows.some((r) => result.rows[r]);
    if (group.body.hidden !== hidden) group.body.hidden = hidden;
  }
  const width = tableWidth(result.columnCount);
  if (table.table.getAttribute('style') !== width) table.table.setAttribute('style', width);
  if (result.columns.some((shown, c) => shown !== table.columns[c])) table.columns = result.columns;
  for (const row of table.headRows) applyColumns(table, row);
  renderOnScreenFirst(table, appeared);
  applyColumnsWhenIdle(table);
  const { rows, columns } = table.input;
  table.count.textContent = `${result.rowCount} of ${rows.length} models, ${result.columnCount} of ${columns.length} regions`;
}
