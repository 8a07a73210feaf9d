import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { indexDataset, listOf } from './dataset-index.ts';
import { datasetSchema } from './dataset-schema.ts';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')));

describe('indexDataset', () => {
  test('is built once per dataset', () => {
    expect(indexDataset(dataset)).toBe(indexDataset(dataset));
  });

  test('lists each model’s, region’s and source’s facts and offers as a scan would, in the dataset’s order', () => {
    const index = indexDataset(dataset);
    for (const model of dataset.models) {
      expect(listOf(index.factsOfModel, model.id)).toEqual(dataset.availability.filter((fact) => fact.model === model.id));
      expect(listOf(index.offersOfModel, model.id)).toEqual(dataset.offers.filter((offer) => offer.model === model.id));
    }
    for (const region of dataset.regions) expect(listOf(index.factsOfRegion, region.id)).toEqual(dataset.availability.filter((fact) => fact.region === region.id));
    for (const source of dataset.sources) {
      expect(listOf(index.factsOfSource, source.id)).toEqual(dataset.availability.filter((fact) => fact.source === source.id));
      expect(index.source.get(source.id)).toBe(source);
    }
    expect([...index.factsOfModel.values()].flat()).toHaveLength(428);
  });

  test('an unknown key has an empty list', () => {
    expect(listOf(indexDataset(dataset).factsOfModel, 'no-such-model')).toEqual([]);
  });
});
