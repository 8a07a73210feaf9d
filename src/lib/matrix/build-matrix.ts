import type { Dataset, Model, Provider, Region } from '../facts/dataset-schema.ts';
import { capabilityBit } from './cell-state.ts';
import { slugifyName } from '../facts/slugify-name.ts';
import { providerOrder } from './provider-label.ts';

export interface RowGroup {
  provider: Provider;
  /** Publisher, or family when the source names no publisher. */
  label: string;
  models: Model[];
}

export interface ColumnGroup {
  provider: Provider;
  geography: string;
  regions: Region[];
}

/** The availability matrix: models × regions, grouped, with one bit mask per cell. */
export interface Matrix {
  rowGroups: RowGroup[];
  columnGroups: ColumnGroup[];
  /** Models in display order (row `r`). */
  models: Model[];
  /** Regions in display order (column `c`). */
  regions: Region[];
  /** `bits[r * regions.length + c]`: `DEPLOY_BIT | FINE_TUNE_BIT` of model `r` in region `c`. */
  bits: Uint8Array;
}

export function publisherOf(model: Model): string {
  return model.publisher ?? model.family ?? 'Other';
}

/** The publisher's id: the extractor's (from src/data/publishers.json) when it found one. */
export function publisherIdOf(model: Model): string {
  return model.publisherId ?? slugifyName(publisherOf(model));
}

/** Groups keep the dataset's order inside them (the source's order); groups themselves sort by provider, then name. */
function groupBy<T, K extends { provider: Provider }>(items: T[], keyOf: (item: T) => K, label: (key: K) => string): (K & { items: T[] })[] {
  const groups = new Map<string, K & { items: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const id = `${key.provider}\u0000${label(key)}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { ...key, items: [] }));
    group.items.push(item);
  }
  return [...groups.values()].sort(
    (a, b) => providerOrder.indexOf(a.provider) - providerOrder.indexOf(b.provider) || label(a).localeCompare(label(b)),
  );
}

export function buildMatrix(dataset: Dataset): Matrix {
  const rowGroups: RowGroup[] = groupBy(
    dataset.models,
    (model) => ({ provider: model.provider, label: publisherOf(model) }),
    (key) => key.label,
  ).map(({ provider, label, items }) => ({ provider, label, models: items }));
  const columnGroups: ColumnGroup[] = groupBy(
    dataset.regions,
    (region) => ({ provider: region.provider, geography: region.geography }),
    (key) => key.geography,
  ).map(({ provider, geography, items }) => ({ provider, geography, regions: items }));
  const models = rowGroups.flatMap((group) => group.models);
  const regions = columnGroups.flatMap((group) => group.regions);
  const rowOf = new Map(models.map((model, index) => [model.id, index]));
  const columnOf = new Map(regions.map((region, index) => [region.id, index]));
  const bits = new Uint8Array(models.length * regions.length);
  for (const fact of dataset.availability) {
    const row = rowOf.get(fact.model);
    const column = columnOf.get(fact.region);
    if (row === undefined || column === undefined) continue;
    bits[row * regions.length + column]! |= capabilityBit(fact.capability);
  }
  return { rowGroups, columnGroups, models, regions, bits };
}
