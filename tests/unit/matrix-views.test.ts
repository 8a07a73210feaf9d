import { describe, expect, test } from 'vitest';
import { datasetSchema } from '../../src/lib/facts/dataset-schema.ts';
import { availabilityCsv, csvColumns } from '../../src/lib/matrix/availability-csv.ts';
import { diagnosticGroups } from '../../src/lib/matrix/diagnostics-view.ts';
import { modelView } from '../../src/lib/matrix/model-view.ts';
import { publisherViews } from '../../src/lib/matrix/publisher-view.ts';
import { regionView } from '../../src/lib/matrix/region-view.ts';
import { searchWords } from '../../src/lib/matrix/search-words.ts';
import { syntheticDataset } from '../../bench/synthetic-dataset.ts';
import { fixtureDataset } from './matrix-fixture.ts';

const dataset = fixtureDataset();
const model = (id: string) => dataset.models.find((item) => item.id === id)!;
const region = (id: string) => dataset.regions.find((item) => item.id === id)!;

describe('modelView', () => {
  test('groups regions by capability, then geography, each with its source line', () => {
    const view = modelView(dataset, model('azure-cohere-command-r-plus'));
    expect(view.regionCount).toBe(2);
    expect(view.capabilities.map(({ capability, geographies }) => [capability, geographies.map((g) => [g.geography, g.regions.map((r) => `${r.region.code}@${r.source.id}:${r.line}`)])])).toEqual([
      ['deployment', [['United States', ['eastus@azure-availability:40']], ['Europe', ['swedencentral@azure-availability:40']]]],
      ['fine-tuning', [['Europe', ['swedencentral@azure-availability:41']]]],
    ]);
    expect(view.offers.map((offer) => [offer.market, offer.sourceInfo.title, offer.line])).toEqual([['Japan', 'Azure availability', 39]]);
  });

  test('names a region once per capability with the deployment types the sources give, in the data file order', () => {
    const [deployment] = modelView(dataset, model('azure-cohere-command-r-plus')).capabilities;
    expect(deployment!.geographies.flatMap((g) => g.regions.map((r) => [r.region.code, r.deploymentTypes]))).toEqual([
      ['eastus', ['Global Standard', 'Provisioned']],
      ['swedencentral', []],
    ]);
  });

  test('names the include a fact was written in', () => {
    const [deployment] = modelView(dataset, model('azure-mistral')).capabilities;
    expect(deployment!.geographies[0]!.regions.map((r) => [r.region.code, r.line, r.file])).toEqual([['swedencentral', 7, 'azure/includes/mistral.md']]);
  });

  test('links the same publisher on the other providers', () => {
    expect(modelView(dataset, model('azure-mistral')).elsewhere.map(({ provider, models }) => [provider, models.map((m) => m.id)])).toEqual([['google-cloud', ['google-cloud-mistral-large']]]);
    expect(modelView(dataset, model('google-cloud-gemini-2-0-flash')).elsewhere).toEqual([]);
  });
});

describe('regionView', () => {
  test('lists models by capability and the other regions of its geography', () => {
    const view = regionView(dataset, region('azure-swedencentral'));
    expect(view.modelCount).toBe(2);
    expect(view.capabilities.map(({ capability, models }) => [capability, models.map((m) => `${m.model.id}:${m.line}`)])).toEqual([
      ['deployment', ['azure-cohere-command-r-plus:40', 'azure-mistral:7']],
      ['fine-tuning', ['azure-cohere-command-r-plus:41']],
    ]);
    expect(view.nearby.map((r) => r.id)).toEqual(['google-cloud-europe-west4']);
    // A fact written in an include names it; the source's own facts do not.
    expect(view.capabilities[0]!.models.map((m) => m.file)).toEqual([undefined, 'azure/includes/mistral.md']);
  });

  test('names a model once per capability with its deployment types there', () => {
    const [deployment] = regionView(dataset, region('azure-eastus')).capabilities;
    expect(deployment!.models.map((m) => [m.model.id, m.line, m.deploymentTypes])).toEqual([['azure-cohere-command-r-plus', 40, ['Global Standard', 'Provisioned']]]);
  });
});

describe('publisherViews', () => {
  test('puts a publisher’s models on each provider side by side, with region counts', () => {
    const mistral = publisherViews(dataset).find((view) => view.id === 'mistral-ai')!;
    expect(mistral.providers.map(({ provider, models }) => [provider, models.map((m) => `${m.model.id}:${m.regionCount}`)])).toEqual([
      ['azure', ['azure-mistral:1']],
      ['google-cloud', ['google-cloud-mistral-large:1']],
    ]);
    expect(publisherViews(dataset).map((view) => view.name)).toEqual(['Cohere', 'Google', 'Meta', 'Mistral AI']);
  });
});

describe('diagnosticGroups', () => {
  test('groups by file in line order and names the source when the file is one', () => {
    const groups = diagnosticGroups(dataset);
    expect(groups.map((group) => [group.path, group.source?.id, group.diagnostics.map((d) => d.line)])).toEqual([
      ['azure/includes/region.md', undefined, [3]],
      ['google/locations.md', 'google-locations', [12, 229]],
    ]);
  });
});

describe('availabilityCsv', () => {
  const csv = availabilityCsv(dataset);
  const lines = csv.trimEnd().split('\r\n');

  test('has a header and one row per fact', () => {
    expect(lines[0]).toBe(csvColumns.join(','));
    expect(lines).toHaveLength(dataset.availability.length + 1);
  });

  test('quotes fields holding commas or quotes and leaves a missing date empty', () => {
    expect(lines).toContain('Google Cloud,Gemini 2.0 Flash,gemini-2.0-flash-001,"Columbus, Ohio",us-east5,United States,deployment,,google/locations.md,,80');
    expect(lines).toContain('Azure,Cohere Command R+,,Sweden Central,swedencentral,Europe,fine-tuning,,azure/availability.md,2024-05-21,41');
    expect(lines).toContain('Azure,Cohere Command R+,,East US,eastus,United States,deployment,provisioned,azure/availability.md,2024-05-21,52');
  });
});

describe('searchWords', () => {
  test.each([
    ['Gemini 2.0 Flash-Lite', 'Gemini 2.0 Flash Lite'],
    ['Phi-3', 'Phi-3'],
    ['Llama 4 Maverick 17B-128E', 'Llama 4 Maverick 17B-128E'],
    ['Cohere Command R+', 'Cohere Command R+'],
  ])('%s is found as %s', (name, words) => {
    expect(searchWords(name)).toBe(words);
  });
});

describe('syntheticDataset', () => {
  test('is valid, deterministic and of the asked size', () => {
    const big = syntheticDataset({ models: 500, regions: 100, seed: 7 });
    expect(() => datasetSchema.parse(big)).not.toThrow();
    expect([big.models.length, big.regions.length]).toEqual([500, 100]);
    expect(syntheticDataset({ models: 500, regions: 100, seed: 7 })).toEqual(big);
    expect(new Set(big.models.map((m) => m.provider))).toEqual(new Set(['azure', 'google-cloud']));
    expect(big.models.some((m) => m.scope === 'family') && big.models.some((m) => m.preview) && big.offers.length > 0 && big.diagnostics.length > 0).toBe(true);
  });
});
