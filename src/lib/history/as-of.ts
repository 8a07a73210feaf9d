import type { Dataset } from '../facts/dataset-schema.ts';

export interface NewestSourceDates {
  /** The newest source date of any fact. */
  all: string | undefined;
  model: Map<string, string>;
  region: Map<string, string>;
}

const indexes = new WeakMap<object, NewestSourceDates>();

/** The newest source date of every model's and region's facts, indexed in one pass per dataset (pages look theirs up). */
export function newestSourceDates(dataset: Pick<Dataset, 'sources' | 'availability'>): NewestSourceDates {
  const known = indexes.get(dataset);
  if (known) return known;
  const dates = new Map(dataset.sources.map((source) => [source.id, source.date]));
  const index: NewestSourceDates = { all: undefined, model: new Map(), region: new Map() };
  const keep = (map: Map<string, string>, key: string, date: string) => {
    const current = map.get(key);
    if (!current || date > current) map.set(key, date);
  };
  for (const fact of dataset.availability) {
    const date = dates.get(fact.source);
    if (!date) continue;
    if (!index.all || date > index.all) index.all = date;
    keep(index.model, fact.model, date);
    keep(index.region, fact.region, date);
  }
  indexes.set(dataset, index);
  return index;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-05-12` as `12 May 2025`. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}
