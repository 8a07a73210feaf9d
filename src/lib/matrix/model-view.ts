import type { Capability, Dataset, Model, Offer, Provider, Region, Source } from '../facts/dataset-schema.ts';
import { publisherIdOf, publisherOf } from './build-matrix.ts';
import { deploymentTypeLabels } from './deployment-type-label.ts';
import { providerOrder } from './provider-label.ts';

export interface LocatedRegion {
  region: Region;
  /** Where the first fact for this region and capability was read. */
  source: Source;
  line: number;
  /** The include the fact was written in, when it is not the source file itself. */
  file?: string;
  /** The deployment types the sources name for it ("Global Standard"), in the data file's order; empty when none is named. */
  deploymentTypes: string[];
}

export interface GeographyGroup {
  geography: string;
  regions: LocatedRegion[];
}

export interface ModelView {
  model: Model;
  publisher: string;
  publisherId: string;
  /** Distinct regions with any capability. */
  regionCount: number;
  capabilities: { capability: Capability; geographies: GeographyGroup[] }[];
  offers: (Offer & { sourceInfo: Source })[];
  /** The same publisher's models on the other providers. */
  elsewhere: { provider: Provider; models: Model[] }[];
}

const capabilityOrder: readonly Capability[] = ['deployment', 'fine-tuning'];

/** Everything the model page shows, in reading order: capabilities, then geographies in the dataset's order. */
export function modelView(dataset: Dataset, model: Model): ModelView {
  const regions = new Map(dataset.regions.map((region) => [region.id, region]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const facts = dataset.availability.filter((fact) => fact.model === model.id);
  const geographyOrder = [...new Set(dataset.regions.map((region) => region.geography))];
  const capabilities = capabilityOrder
    .map((capability) => {
      const groups = new Map<string, LocatedRegion[]>();
      const byRegion = new Map<string, { located: LocatedRegion; types: (string | undefined)[] }>();
      for (const fact of facts.filter((item) => item.capability === capability)) {
        const seen = byRegion.get(fact.region);
        if (seen) {
          seen.types.push(fact.deploymentType);
          continue;
        }
        const region = regions.get(fact.region)!;
        const located: LocatedRegion = { region, source: sources.get(fact.source)!, line: fact.line, deploymentTypes: [] };
        if (fact.file) located.file = fact.file;
        byRegion.set(fact.region, { located, types: [fact.deploymentType] });
        const list = groups.get(region.geography) ?? [];
        list.push(located);
        groups.set(region.geography, list);
      }
      for (const { located, types } of byRegion.values()) located.deploymentTypes = deploymentTypeLabels(types);
      const geographies = [...groups]
        .sort(([a], [b]) => geographyOrder.indexOf(a) - geographyOrder.indexOf(b))
        .map(([geography, list]) => ({ geography, regions: list }));
      return { capability, geographies };
    })
    .filter((entry) => entry.geographies.length > 0);
  const publisherId = publisherIdOf(model);
  const elsewhere = providerOrder
    .filter((provider) => provider !== model.provider)
    .map((provider) => ({
      provider,
      models: dataset.models.filter((other) => other.provider === provider && publisherIdOf(other) === publisherId),
    }))
    .filter((entry) => entry.models.length > 0);
  return {
    model,
    publisher: publisherOf(model),
    publisherId,
    regionCount: new Set(facts.map((fact) => fact.region)).size,
    capabilities,
    offers: dataset.offers.filter((offer) => offer.model === model.id).map((offer) => ({ ...offer, sourceInfo: sources.get(offer.source)! })),
    elsewhere,
  };
}
