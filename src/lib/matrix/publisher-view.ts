import type { Dataset, Model, Provider } from '../facts/dataset-schema.ts';
import { publisherIdOf, publisherOf } from './build-matrix.ts';
import { providerOrder } from './provider-label.ts';

export interface PublisherView {
  id: string;
  name: string;
  /** One column per provider that offers the publisher's models, side by side. */
  providers: { provider: Provider; models: { model: Model; regionCount: number }[] }[];
}

/** Every publisher with its models per provider, sorted by name. */
export function publisherViews(dataset: Dataset): PublisherView[] {
  const regionCounts = new Map<string, Set<string>>();
  for (const fact of dataset.availability) {
    const set = regionCounts.get(fact.model) ?? new Set();
    set.add(fact.region);
    regionCounts.set(fact.model, set);
  }
  const byId = new Map<string, { name: string; models: Model[] }>();
  for (const model of dataset.models) {
    const id = publisherIdOf(model);
    const entry = byId.get(id) ?? { name: publisherOf(model), models: [] };
    entry.models.push(model);
    byId.set(id, entry);
  }
  return [...byId]
    .map(([id, { name, models }]) => ({
      id,
      name,
      providers: providerOrder
        .map((provider) => ({
          provider,
          models: models
            .filter((model) => model.provider === provider)
            .map((model) => ({ model, regionCount: regionCounts.get(model.id)?.size ?? 0 })),
        }))
        .filter((entry) => entry.models.length > 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
