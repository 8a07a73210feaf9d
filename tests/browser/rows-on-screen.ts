import type { Page } from 'playwright-core';

/** What `matrixRowsOnScreen()` reports about the matrix rows in view. */
export interface RowsOnScreen {
  onScreen: number;
  /** Rows in view not rendered yet (with `rendered`) or whose cells do not show the expected columns (by default the header's). */
  wrong: number;
  /** With `expected`: model rows and region headers whose `hidden` says otherwise than the expectation. */
  rowsWrong?: number;
  headsWrong?: number;
}

/** The model rows and region columns a filter should show, worked out outside the page (`expectedView`). */
export interface ExpectedShown {
  models: string[];
  regions: string[];
}

declare global {
  /** Installed in the page by `installRowsOnScreen`. */
  function matrixRowsOnScreen(options?: { rendered?: boolean; expected?: ExpectedShown }): RowsOnScreen;
}

/**
 * Kept as source text: a function passed to `page.evaluate` from TypeScript
 * run by tsx carries `__name` calls the page does not have. Rows are read by
 * their boxes and cells only by their state, so the check forces no rendering
 * a frame skipped; rows under the sticky header do not count as in view.
 */
const script = `globalThis.matrixRowsOnScreen = function (options = {}) {
  const view = document.querySelector('.matrix__scroller').getBoundingClientRect();
  const top = Math.max(view.top + document.querySelector('.matrix__head').offsetHeight, 0);
  const bottom = Math.min(view.bottom, innerHeight);
  const heads = [...document.querySelectorAll('.matrix__region')];
  const expected = options.expected && { models: new Set(options.expected.models), regions: new Set(options.expected.regions) };
  // Hidden flags of the columns: the expected ones when given, so a page that did not change cannot agree with itself.
  const columns = heads.map((head) => (expected ? !expected.regions.has(head.dataset.region) : head.hidden));
  const rows = [...document.querySelectorAll('.matrix__row')];
  // A cell over several columns shows while any of them does, as wide as those that do.
  const cellsWrong = (row) => {
    let c = 0;
    return [...row.cells].slice(1).some((cell) => {
      const own = columns.slice(c, (c += Number(cell.dataset.columns ?? 1)));
      const shown = own.filter((hidden) => !hidden).length;
      return cell.hidden !== (shown === 0) || (shown > 0 && cell.colSpan !== shown);
    });
  };
  const onScreen = rows.filter((row) => (expected ? expected.models.has(row.dataset.model) : !row.hidden)).filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > top && box.top < bottom;
  });
  const wrong = onScreen.filter((row) =>
    (options.rendered && !row.cells[0].checkVisibility({ contentVisibilityAuto: true })) ||
    cellsWrong(row));
  if (!expected) return { onScreen: onScreen.length, wrong: wrong.length };
  return {
    onScreen: onScreen.length,
    wrong: wrong.length,
    rowsWrong: rows.filter((row) => row.hidden === expected.models.has(row.dataset.model)).length,
    headsWrong: heads.filter((head) => head.hidden === expected.regions.has(head.dataset.region)).length,
  };
};`;

/** Defines `matrixRowsOnScreen()` in the page, for checking the frame a filter change paints. */
export async function installRowsOnScreen(page: Page): Promise<void> {
  await page.evaluate(script);
}
