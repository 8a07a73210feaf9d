import type { Capability, Dataset, Model, Offer, Provider, Region, Source } from '../facts/dataset-schema.ts';
import { indexDataset, listOf } from '../facts/dataset-index.ts';
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
  const index = indexDataset(dataset);
  const facts = listOf(index.factsOfModel, model.id);
  const order = (geography: string) => index.geographyOrder.get(geography) ?? -1;
  const capabilities = capabilityOrder
    .map((capability) => {
      const groups = new Map<string, LocatedRegion[]>();
      for (const [id, place] of placeFacts(facts.filter((fact) => fact.capability === capability), index.source, (fact) => fact.region)) {
        const region = index.region.get(id)!;
        groups.set(region.geography, [...(groups.get(region.geography) ?? []), { region, ...place }]);
      }
      const geographies = [...groups]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([geography, list]) => ({ geography, regions: list }));
      return { capability, geographies };
    })
    .filter((entry) => entry.geographies.length > 0);
  const publisherId = publisherIdOf(model);
  const elsewhere = providerOrder
    .filter((provider) => provider !== model.provider)
    .map((provider) => ({
      provider,
      models: listOf(index.modelsOfPublisher, publisherId).filter((other) => other.provider === provider),
    }))
    .filter((entry) => entry.models.length > 0);
  return {
    model,
    publisher: publisherOf(model),
    publisherId,
    regionCount: new Set(facts.map((fact) => fact.region)).size,
    capabilities,
    offers: listOf(index.offersOfModel, model.id).map((offer) => ({ ...offer, sourceInfo: index.source.get(offer.source)! })),
    elsewhere,
  };
}
