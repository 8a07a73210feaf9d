import type { Dataset, Model, Provider } from '../facts/dataset-schema.ts';
import { indexDataset, listOf } from '../facts/dataset-index.ts';
import { publisherOf } from './build-matrix.ts';
import { providerOrder } from './provider-label.ts';

export interface PublisherView {
  id: string;
  name: string;
  /** One column per provider that offers the publisher's models, side by side. */
  providers: { provider: Provider; models: { model: Model; regionCount: number }[] }[];
}

/** Every publisher with its models per provider, sorted by name. */
export function publisherViews(dataset: Dataset): PublisherView[] {
  const index = indexDataset(dataset);
  const regionCount = (model: Model) => new Set(listOf(index.factsOfModel, model.id).map((fact) => fact.region)).size;
  return [...index.modelsOfPublisher]
    .map(([id, models]) => ({
      id,
      name: publisherOf(models[0]!),
      providers: providerOrder
        .map((provider) => ({
          provider,
          models: models
            .filter((model) => model.provider === provider)
            .map((model) => ({ model, regionCount: regionCount(model) })),
        }))
        .filter((entry) => entry.models.length > 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
