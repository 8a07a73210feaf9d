import { filterMatrix } from '../lib/matrix/filter-matrix.ts';
import { emptyFilterState, parseFilterState, serializeFilterState, type FilterState } from '../lib/matrix/filter-state.ts';
import { highlightColumns } from './matrix-highlight.ts';
import { mapShownColumns } from './matrix-map.ts';
import { readMatrixTable, showFilterResult } from './matrix-table.ts';

/** The form's values, read the way a GET submission would put them in the URL. */
function readForm(form: HTMLFormElement): FilterState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return parseFilterState(params);
}

function writeForm(form: HTMLFormElement, state: FilterState): void {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (control instanceof HTMLSelectElement && control.multiple) {
      const chosen = control.name === 'model' ? state.models : state.regions;
      for (const option of control.options) option.selected = chosen.includes(option.value);
    } else {
      control.value = String(state[control.name as keyof FilterState] ?? '');
    }
  }
}

/**
 * Makes the availability matrix filterable. The filter state lives in the
 * URL: each change adds a history entry (one per search, not per keystroke),
 * and back/forward restore the form from the URL.
 */
export function startMatrixFilter(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-matrix-filters]');
  const tableElement = root.querySelector<HTMLTableElement>('[data-matrix-table]');
  const count = root.querySelector<HTMLElement>('[data-matrix-count]');
  if (!form || !tableElement || !count) return;
  const table = readMatrixTable(tableElement, count);
  const showOnMap = mapShownColumns(root, table.input.columns.map((column) => column.id));
  const show = (state: FilterState) => {
    const result = filterMatrix(table.input, state);
    showFilterResult(table, result);
    showOnMap(result.columns);
  };
  const fromUrl = () => {
    const state = parseFilterState(new URLSearchParams(location.search));
    writeForm(form, state);
    show(state);
  };
  const update = (addEntry: boolean) => {
    const state = readForm(form);
    show(state);
    const query = serializeFilterState(state).toString();
    // Writing history takes as long as the filtering at 500 × 100: it waits until the filtered matrix is painted.
    requestIdleCallback(
      () => {
        const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
        if (url !== `${location.pathname}${location.search}${location.hash}`) history[addEntry ? 'pushState' : 'replaceState'](null, '', url);
      },
      { timeout: 500 },
    );
  };
  // The first keystroke of a search adds a history entry, the next ones replace it.
  let typing = false;
  form.addEventListener('input', (event) => {
    const isText = event.target instanceof HTMLInputElement;
    update(!(isText && typing));
    typing = isText;
  });
  form.addEventListener('change', () => {
    typing = false;
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    writeForm(form, emptyFilterState);
    update(true);
  });
  addEventListener('popstate', fromUrl);
  highlightColumns(tableElement);
  form.hidden = false;
  fromUrl();
}
