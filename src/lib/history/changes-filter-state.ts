/** The changes page's filter, as its URL carries it (`?provider=azure&kind=removed`). */
export interface ChangesFilter {
  provider: string;
  model: string;
  region: string;
  kind: string;
}

export const changesFilterKeys = ['provider', 'model', 'region', 'kind'] as const;

export function parseChangesFilter(params: URLSearchParams): ChangesFilter {
  const value = (key: string) => params.get(key)?.trim() ?? '';
  return { provider: value('provider'), model: value('model'), region: value('region'), kind: value('kind') };
}

/** The URL query of a filter: only the keys set, in a fixed order. */
export function serializeChangesFilter(filter: ChangesFilter): string {
  const params = new URLSearchParams();
  for (const key of changesFilterKeys) if (filter[key]) params.set(key, filter[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether an event row (its data attributes) passes the filter; an empty key lets every value pass. */
export function matchesChangesFilter(row: Record<(typeof changesFilterKeys)[number], string | undefined>, filter: ChangesFilter): boolean {
  return changesFilterKeys.every((key) => !filter[key] || row[key] === filter[key]);
}
