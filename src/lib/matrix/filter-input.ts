import type { Model } from '../facts/dataset-schema.ts';
import { publisherIdOf, publisherOf, type Matrix } from './build-matrix.ts';
import type { FilterInput } from './filter-matrix.ts';
import { slugifyName } from '../facts/slugify-name.ts';

/** What the free-text filter searches in a model: its name, model ids and publisher. */
export function rowSearchText(model: Model): string {
  return [model.name, ...model.modelIds, publisherOf(model)].join(' ').toLowerCase();
}

/** The filter's view of a matrix; the page writes the same fields into the table's data attributes. */
export function filterInputOf(matrix: Matrix): FilterInput {
  return {
    rows: matrix.models.map((model) => ({
      id: model.id,
      provider: model.provider,
      publisher: publisherIdOf(model),
      preview: model.preview === true,
      text: rowSearchText(model),
    })),
    columns: matrix.regions.map((region) => ({ id: region.id, provider: region.provider, geography: slugifyName(region.geography) })),
    bits: matrix.bits,
  };
}
