import { matchesChangesFilter, parseChangesFilter, serializeChangesFilter, type ChangesFilter } from '../lib/history/changes-filter-state.ts';

/**
 * Filters the changes page in place: rows that do not match are hidden, each
 * date's counts say what is shown, and a date with nothing shown is hidden.
 * The filter lives in the URL (`?provider=…&model=…&region=…&kind=…`).
 */
export function startChangesFilter(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-changes-filters]');
  const status = root.querySelector<HTMLElement>('[data-changes-status]');
  if (!form || !status) return;
  const days = [...root.querySelectorAll<HTMLElement>('[data-change-day]')].map((day) => ({
    day,
    rows: [...day.querySelectorAll<HTMLTableRowElement>('tr[data-kind]')],
    counts: Object.fromEntries([...day.querySelectorAll<HTMLElement>('[data-count]')].map((element) => [element.dataset.count!, element])),
  }));
  const read = (): ChangesFilter => parseChangesFilter(new URLSearchParams([...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
  const show = (filter: ChangesFilter) => {
    let shown = 0;
    let dates = 0;
    for (const { day, rows, counts } of days) {
      const visible = rows.filter((row) => {
        const match = matchesChangesFilter({ provider: row.dataset.provider, model: row.dataset.model, region: row.dataset.region, kind: row.dataset.kind }, filter);
        row.hidden = !match;
        return match;
      });
      day.hidden = visible.length === 0;
      shown += visible.length;
      if (visible.length > 0) dates++;
      const set = (key: string, value: number) => {
        if (counts[key]) counts[key].textContent = String(value);
      };
      set('added', visible.filter((row) => row.dataset.kind === 'added').length);
      set('removed', visible.filter((row) => row.dataset.kind === 'removed').length);
      set('models', new Set(visible.map((row) => row.dataset.model)).size);
      set('regions', new Set(visible.map((row) => row.dataset.region)).size);
    }
    status.textContent = `${shown} ${shown === 1 ? 'change' : 'changes'} on ${dates} ${dates === 1 ? 'date' : 'dates'} shown.`;
  };
  const fromUrl = () => {
    const filter = parseChangesFilter(new URLSearchParams(location.search));
    for (const select of form.querySelectorAll('select')) select.value = filter[select.name as keyof ChangesFilter] ?? '';
    show(filter);
  };
  form.addEventListener('change', () => {
    const filter = read();
    history.pushState(null, '', `${location.pathname}${serializeChangesFilter(filter)}${location.hash}`);
    show(filter);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(read());
  });
  addEventListener('popstate', fromUrl);
  fromUrl();
}
