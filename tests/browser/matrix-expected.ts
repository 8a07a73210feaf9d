import type { Capability, Dataset } from '../../src/lib/facts/dataset-schema.ts';

/** A filter as a reader sets it on the matrix page. */
export interface Filter {
  q?: string;
  provider?: string;
  publisher?: string;
  geography?: string;
  capability?: Capability;
  preview?: 'only' | 'hide';
  models?: string[];
  regions?: string[];
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * What the matrix should show for a filter, worked out from the facts with
 * plain sets, independently of the page's own filter code:
 * a region shows when it passes the region filters and every chosen model is
 * available there; a model shows when it passes the model filters, is
 * available in every chosen region and in at least one shown region; then
 * regions where no shown model is available drop out.
 */
export function expectedView(dataset: Dataset, filter: Filter): { models: Set<string>; regions: Set<string> } {
  const facts = dataset.availability.filter((fact) => !filter.capability || fact.capability === filter.capability);
  const available = new Set(facts.map((fact) => `${fact.model}|${fact.region}`));
  const isAvailable = (model: string, region: string) => available.has(`${model}|${region}`);
  const chosenModels = filter.models ?? [];
  const chosenRegions = filter.regions ?? [];
  const candidateRegions = dataset.regions.filter(
    (region) =>
      (!filter.provider || region.provider === filter.provider) &&
      (!filter.geography || slug(region.geography) === filter.geography) &&
      (chosenRegions.length === 0 || chosenRegions.includes(region.id)) &&
      chosenModels.every((model) => isAvailable(model, region.id)),
  );
  const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const models = dataset.models.filter((model) => {
    const text = [model.name, ...model.modelIds, model.publisher ?? model.family ?? ''].join(' ').toLowerCase();
    return (
      (!filter.provider || model.provider === filter.provider) &&
      (!filter.publisher || (model.publisherId ?? slug(model.publisher ?? model.family ?? 'Other')) === filter.publisher) &&
      (filter.preview !== 'only' || model.preview === true) &&
      (filter.preview !== 'hide' || model.preview !== true) &&
      words.every((word) => text.includes(word)) &&
      (chosenModels.length === 0 || chosenModels.includes(model.id)) &&
      chosenRegions.every((region) => isAvailable(model.id, region)) &&
      candidateRegions.some((region) => isAvailable(model.id, region.id))
    );
  });
  const regions = candidateRegions.filter((region) => models.some((model) => isAvailable(model.id, region.id)));
  return { models: new Set(models.map((model) => model.id)), regions: new Set(regions.map((region) => region.id)) };
}

/**
 * The matrix's columns in order, worked out from the dataset here: Azure's
 * regions before Google Cloud's, each provider's by geography in alphabetical
 * order, and inside a geography in the dataset's (the source's) order.
 */
export function expectedColumnOrder(dataset: Dataset): string[] {
  const providers = ['azure', 'google-cloud'];
  return dataset.regions
    .map((region, index) => ({ region, index }))
    .sort((a, b) => providers.indexOf(a.region.provider) - providers.indexOf(b.region.provider) || a.region.geography.localeCompare(b.region.geography) || a.index - b.index)
    .map(({ region }) => region.id);
}
