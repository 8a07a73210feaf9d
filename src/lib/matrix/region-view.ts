import type { Availability, Capability, Dataset, Model, Region, Source } from '../facts/dataset-schema.ts';
import { deploymentTypeLabels } from './deployment-type-label.ts';

export interface LocatedModel {
  model: Model;
  /** Where the first fact for this model and capability was read. */
  source: Source;
  line: number;
  /** The include the fact was written in, when it is not the source file itself. */
  file?: string;
  /** The deployment types the sources name for it here, in the data file's order; empty when none is named. */
  deploymentTypes: string[];
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
    .map((capability) => {
      const byModel = new Map<string, Availability[]>();
      for (const fact of facts) if (fact.capability === capability) byModel.set(fact.model, [...(byModel.get(fact.model) ?? []), fact]);
      return {
        capability,
        models: [...byModel.values()].map(([first, ...rest]) => ({
          model: models.get(first!.model)!,
          source: sources.get(first!.source)!,
          line: first!.line,
          ...(first!.file ? { file: first!.file } : {}),
          deploymentTypes: deploymentTypeLabels([first!, ...rest].map((fact) => fact.deploymentType)),
        })),
      };
    })
    .filter((entry) => entry.models.length > 0);
  return {
    region,
    modelCount: new Set(facts.map((fact) => fact.model)).size,
    capabilities,
    nearby: dataset.regions.filter((other) => other.geography === region.geography && other.id !== region.id),
  };
}
