import { describe, expect, test } from 'vitest';
import { datasetSchema } from '../../src/lib/facts/dataset-schema.ts';
import { buildMatrix, publisherIdOf } from '../../src/lib/matrix/build-matrix.ts';
import { providerBlocks, rowCells } from '../../src/lib/matrix/row-cells.ts';
import { DEPLOY_BIT, FINE_TUNE_BIT, cellState } from '../../src/lib/matrix/cell-state.ts';
import { syntheticDataset } from '../../bench/synthetic-dataset.ts';
import { fixtureDataset } from './matrix-fixture.ts';

describe('buildMatrix', () => {
  const dataset = fixtureDataset();
  const matrix = buildMatrix(dataset);

  test('the fixture is a valid dataset', () => {
    expect(() => datasetSchema.parse(dataset)).not.toThrow();
  });

  test('groups rows by provider, then publisher, keeping the source order inside a group', () => {
    expect(matrix.rowGroups.map((group) => `${group.provider}/${group.label}`)).toEqual([
      'azure/Cohere',
      'azure/Mistral AI',
      'google-cloud/Google',
      'google-cloud/Meta',
      'google-cloud/Mistral AI',
    ]);
    expect(matrix.models.map((model) => model.id)).toEqual(matrix.rowGroups.flatMap((group) => group.models.map((model) => model.id)));
  });

  test('groups columns by provider, then geography', () => {
    expect(matrix.columnGroups.map((group) => `${group.provider}/${group.geography}:${group.regions.map((r) => r.code).join('+')}`)).toEqual([
      'azure/Europe:swedencentral',
      'azure/United States:eastus',
      'google-cloud/Europe:europe-west4',
      'google-cloud/United States:us-east5',
    ]);
  });

  test('each cell holds the capabilities of its facts', () => {
    const cell = (model: string, region: string) =>
      cellState(matrix.bits[matrix.models.findIndex((m) => m.id === model) * matrix.regions.length + matrix.regions.findIndex((r) => r.id === region)]!);
    expect(cell('azure-cohere-command-r-plus', 'azure-swedencentral')).toBe('both');
    expect(cell('azure-cohere-command-r-plus', 'azure-eastus')).toBe('deployment');
    expect(cell('google-cloud-llama-3-3-70b', 'google-cloud-europe-west4')).toBe('fine-tuning');
    expect(cell('azure-mistral', 'azure-eastus')).toBe('none');
  });

  test('at 500 × 100, every fact is in its cell and no cell is set without one', () => {
    const big = syntheticDataset({ models: 500, regions: 100 });
    const built = buildMatrix(big);
    const expected = new Map<string, number>();
    for (const fact of big.availability) {
      const key = `${fact.model} ${fact.region}`;
      expected.set(key, (expected.get(key) ?? 0) | (fact.capability === 'deployment' ? DEPLOY_BIT : FINE_TUNE_BIT));
    }
    const actual = new Map<string, number>();
    built.models.forEach((model, r) =>
      built.regions.forEach((region, c) => {
        const bits = built.bits[r * built.regions.length + c]!;
        if (bits) actual.set(`${model.id} ${region.id}`, bits);
      }),
    );
    expect(actual).toEqual(expected);
  });

  test('publisher ids come from the extractor when it gave one', () => {
    expect(dataset.models.map(publisherIdOf)).toEqual(['cohere', 'mistral-ai', 'google', 'mistral-ai', 'meta']);
  });
});

describe('rowCells', () => {
  const matrix = buildMatrix(fixtureDataset());
  const cellsOf = (model: string, dataset = matrix) =>
    rowCells(dataset, dataset.models.findIndex((m) => m.id === model)).map((cell) =>
      cell.kind === 'state' ? `${cell.columns.map((column) => dataset.regions[column]!.code).join('+')}:${cell.state}` : `elsewhere ${cell.provider}:${cell.columns.join('+')}`,
    );

  test('the providers\' blocks of columns', () => {
    expect(providerBlocks(matrix)).toEqual([
      { provider: 'azure', columns: [0, 1] },
      { provider: 'google-cloud', columns: [2, 3] },
    ]);
  });

  test('a model\'s own provider has a cell per region it is in; the other provider one cell over all its regions', () => {
    expect(cellsOf('azure-cohere-command-r-plus')).toEqual(['swedencentral:both', 'eastus:deployment', 'elsewhere google-cloud:2+3']);
    expect(cellsOf('google-cloud-llama-3-3-70b')).toEqual(['elsewhere azure:0+1', 'europe-west4:fine-tuning', 'us-east5:none']);
  });

  test('a run of regions where the model is not available is one cell', () => {
    const runs = buildMatrix({ ...fixtureDataset(), availability: fixtureDataset().availability.filter((fact) => fact.region !== 'azure-swedencentral') });
    expect(cellsOf('azure-cohere-command-r-plus', runs)).toEqual(['swedencentral:none', 'eastus:deployment', 'elsewhere google-cloud:2+3']);
    expect(cellsOf('azure-mistral', runs)).toEqual(['swedencentral+eastus:none', 'elsewhere google-cloud:2+3']);
  });

  test('a block where the facts place the model keeps its cells', () => {
    const strange = buildMatrix({
      ...fixtureDataset(),
      availability: [{ model: 'azure-mistral', region: 'google-cloud-us-east5', capability: 'deployment', source: 'azure-availability', line: 1 }],
    });
    expect(cellsOf('azure-mistral', strange)).toEqual(['swedencentral+eastus:none', 'europe-west4:none', 'us-east5:deployment']);
  });
});
