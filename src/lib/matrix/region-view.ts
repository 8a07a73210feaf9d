import type { Capability, Dataset, Model, Region } from '../facts/dataset-schema.ts';
import { indexDataset, listOf } from '../facts/dataset-index.ts';
import { capabilityOrder, placeFacts, type FactPlace } from './place-facts.ts';

export interface LocatedModel extends FactPlace {
  model: Model;
}

export interface RegionView {
  region: Region;
  modelCount: number;
  capabilities: { capability: Capability; models: LocatedModel[] }[];
  /** Other regions of the same geography, any provider. */
  nearby: Region[];
}

export function regionView(dataset: Dataset, region: Region): RegionView {
  const index = indexDataset(dataset);
  const facts = listOf(index.factsOfRegion, region.id);
  const capabilities = capabilityOrder
    .map((capability) => ({
      capability,
      models: [...placeFacts(facts.filter((fact) => fact.capability === capability), index.source, (fact) => fact.model)].map(([id, place]) => ({ model: index.model.get(id)!, ...place })),
    }))
    .filter((entry) => entry.models.length > 0);
  return {
    region,
    modelCount: new Set(facts.map((fact) => fact.model)).size,
    capabilities,
    nearby: listOf(index.regionsOfGeography, region.geography).filter((other) => other.id !== region.id),
  };
}
