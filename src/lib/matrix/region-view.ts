import type { Capability, Dataset, Model, Region } from '../facts/dataset-schema.ts';
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
  const models = new Map(dataset.models.map((model) => [model.id, model]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const facts = dataset.availability.filter((fact) => fact.region === region.id);
  const capabilities = capabilityOrder
    .map((capability) => ({
      capability,
      models: [...placeFacts(facts.filter((fact) => fact.capability === capability), sources, (fact) => fact.model)].map(([id, place]) => ({ model: models.get(id)!, ...place })),
    }))
    .filter((entry) => entry.models.length > 0);
  return {
    region,
    modelCount: new Set(facts.map((fact) => fact.model)).size,
    capabilities,
    nearby: dataset.regions.filter((other) => other.geography === region.geography && other.id !== region.id),
  };
}
