import type { Availability, Dataset, Model, Offer, Region, Source } from './dataset-schema.ts';
import { publisherIdOf } from '../matrix/build-matrix.ts';

/**
 * The dataset looked up by model, region and source. Built once per dataset
 * object (memoised), so a page or a document asks for its own facts instead
 * of scanning all of them: every list keeps the dataset's order.
 */
export interface DatasetIndex {
  model: ReadonlyMap<string, Model>;
  region: ReadonlyMap<string, Region>;
  source: ReadonlyMap<string, Source>;
  factsOfModel: ReadonlyMap<string, readonly Availability[]>;
  factsOfRegion: ReadonlyMap<string, readonly Availability[]>;
  factsOfSource: ReadonlyMap<string, readonly Availability[]>;
  offersOfModel: ReadonlyMap<string, readonly Offer[]>;
  offersOfSource: ReadonlyMap<string, readonly Offer[]>;
  /** Models by publisher id (`publisherIdOf`). */
  modelsOfPublisher: ReadonlyMap<string, readonly Model[]>;
  regionsOfGeography: ReadonlyMap<string, readonly Region[]>;
  /** A geography's place in the dataset's order of regions. */
  geographyOrder: ReadonlyMap<string, number>;
}

const EMPTY: readonly never[] = [];
const built = new WeakMap<Dataset, DatasetIndex>();

/** The dataset's index, built on first use. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = built.get(dataset);
  if (!index) built.set(dataset, (index = buildIndex(dataset)));
  return index;
}

/** The list a key maps to, or an empty one. */
export function listOf<T>(map: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return map.get(key) ?? EMPTY;
}

function buildIndex(dataset: Dataset): DatasetIndex {
  const geographyOrder = new Map<string, number>();
  for (const region of dataset.regions) if (!geographyOrder.has(region.geography)) geographyOrder.set(region.geography, geographyOrder.size);
  return {
    model: new Map(dataset.models.map((model) => [model.id, model])),
    region: new Map(dataset.regions.map((region) => [region.id, region])),
    source: new Map(dataset.sources.map((source) => [source.id, source])),
    factsOfModel: groupBy(dataset.availability, (fact) => fact.model),
    factsOfRegion: groupBy(dataset.availability, (fact) => fact.region),
    factsOfSource: groupBy(dataset.availability, (fact) => fact.source),
    offersOfModel: groupBy(dataset.offers, (offer) => offer.model),
    offersOfSource: groupBy(dataset.offers, (offer) => offer.source),
    modelsOfPublisher: groupBy(dataset.models, publisherIdOf),
    regionsOfGeography: groupBy(dataset.regions, (region) => region.geography),
    geographyOrder,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
