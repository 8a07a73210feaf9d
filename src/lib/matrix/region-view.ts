import type { Capability, Dataset, Model, Region, Source } from '../facts/dataset-schema.ts';

export interface LocatedModel {
  model: Model;
  source: Source;
  line: number;
}

export interface RegionView {
  region: Region;
  modelCount: number;
  capabilities: { capability: Capability; models: LocatedModel[] }[];
  /** Other regions of the same geography, any provider. */
  nearby: Region[];
}

const capabilityOrder: readonly Capability[] = ['deployment', 'fine-tuning'];

export function regionView(dataset: Dataset, region: Region): RegionView {
  const models = new Map(dataset.models.map((model) => [model.id, model]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const facts = dataset.availability.filter((fact) => fact.region === region.id);
  const capabilities = capabilityOrder
    .map((capability) => ({
      capability,
      models: facts
        .filter((fact) => fact.capability === capability)
        .map((fact) => ({ model: models.get(fact.model)!, source: sources.get(fact.source)!, line: fact.line })),
    }))
    .filter((entry) => entry.models.length > 0);
  return {
    region,
    modelCount: new Set(facts.map((fact) => fact.model)).size,
    capabilities,
    nearby: dataset.regions.filter((other) => other.geography === region.geography && other.id !== region.id),
  };
}
