import type { Capability, Dataset, Model, Offer, Provider, Region, Source } from '../facts/dataset-schema.ts';
import { publisherIdOf, publisherOf } from './build-matrix.ts';
import { capabilityOrder, placeFacts, type FactPlace } from './place-facts.ts';
import { providerOrder } from './provider-label.ts';

export interface LocatedRegion extends FactPlace {
  region: Region;
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

/** Everything the model page shows, in reading order: capabilities, then geographies in the dataset's order. */
export function modelView(dataset: Dataset, model: Model): ModelView {
  const regions = new Map(dataset.regions.map((region) => [region.id, region]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const facts = dataset.availability.filter((fact) => fact.model === model.id);
  const geographyOrder = [...new Set(dataset.regions.map((region) => region.geography))];
  const capabilities = capabilityOrder
    .map((capability) => {
      const groups = new Map<string, LocatedRegion[]>();
      for (const [id, place] of placeFacts(facts.filter((fact) => fact.capability === capability), sources, (fact) => fact.region)) {
        const region = regions.get(id)!;
        groups.set(region.geography, [...(groups.get(region.geography) ?? []), { region, ...place }]);
      }
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
