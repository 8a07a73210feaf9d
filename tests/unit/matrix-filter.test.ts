import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix/build-matrix.ts';
import { filterInputOf } from '../../src/lib/matrix/filter-input.ts';
import { filterMatrix } from '../../src/lib/matrix/filter-matrix.ts';
import { emptyFilterState, isEmptyFilterState, parseFilterState, serializeFilterState, type FilterState } from '../../src/lib/matrix/filter-state.ts';
import { fixtureDataset } from './matrix-fixture.ts';

const matrix = buildMatrix(fixtureDataset());
const input = filterInputOf(matrix);

/** The ids a state shows, rows and columns, in display order. */
function shown(state: Partial<FilterState>) {
  const result = filterMatrix(input, { ...emptyFilterState, ...state });
  return {
    models: matrix.models.filter((_, r) => result.rows[r]).map((model) => model.id),
    regions: matrix.regions.filter((_, c) => result.columns[c]).map((region) => region.code),
    counts: [result.rowCount, result.columnCount],
  };
}

describe('filterMatrix', () => {
  test('the empty state shows everything', () => {
    expect(shown({}).counts).toEqual([matrix.models.length, matrix.regions.length]);
  });

  test.each([
    ['text matches a model id', { q: 'gemini-2.0-flash-001' }, ['google-cloud-gemini-2-0-flash'], ['europe-west4', 'us-east5']],
    ['text words must all match, in any case', { q: 'MISTRAL large' }, ['google-cloud-mistral-large'], ['us-east5']],
    ['text matches the publisher', { q: 'mistral ai' }, ['azure-mistral', 'google-cloud-mistral-large'], ['swedencentral', 'us-east5']],
    ['provider', { provider: 'azure' }, ['azure-cohere-command-r-plus', 'azure-mistral'], ['swedencentral', 'eastus']],
    ['publisher', { publisher: 'mistral-ai' }, ['azure-mistral', 'google-cloud-mistral-large'], ['swedencentral', 'us-east5']],
    ['geography keeps the models available there', { geography: 'europe' }, ['azure-cohere-command-r-plus', 'azure-mistral', 'google-cloud-gemini-2-0-flash', 'google-cloud-llama-3-3-70b'], ['swedencentral', 'europe-west4']],
    ['capability fine-tuning', { capability: 'fine-tuning' }, ['azure-cohere-command-r-plus', 'google-cloud-llama-3-3-70b'], ['swedencentral', 'europe-west4']],
    ['previews only', { preview: 'only' }, ['google-cloud-llama-3-3-70b'], ['europe-west4']],
    ['previews hidden', { preview: 'hide' }, ['azure-cohere-command-r-plus', 'azure-mistral', 'google-cloud-gemini-2-0-flash', 'google-cloud-mistral-large'], ['swedencentral', 'eastus', 'europe-west4', 'us-east5']],
    ['regions where every chosen model is available', { models: ['azure-cohere-command-r-plus', 'azure-mistral'] }, ['azure-cohere-command-r-plus', 'azure-mistral'], ['swedencentral']],
    ['a chosen pair with no common region', { models: ['azure-mistral', 'google-cloud-mistral-large'] }, [], []],
    ['models available in every chosen region', { regions: ['google-cloud-us-east5'] }, ['google-cloud-gemini-2-0-flash', 'google-cloud-mistral-large'], ['us-east5']],
    ['models available in every one of two regions', { regions: ['google-cloud-us-east5', 'google-cloud-europe-west4'] }, ['google-cloud-gemini-2-0-flash'], ['europe-west4', 'us-east5']],
    ['capability narrows the set questions', { regions: ['azure-swedencentral'], capability: 'fine-tuning' }, ['azure-cohere-command-r-plus'], ['swedencentral']],
  ] as const)('%s', (_, state, models, regions) => {
    const result = shown({ ...state, models: [...((state as Partial<FilterState>).models ?? [])], regions: [...((state as Partial<FilterState>).regions ?? [])] });
    expect(result.models).toEqual(models);
    expect(result.regions).toEqual(regions);
    expect(result.counts).toEqual([models.length, regions.length]);
  });

  test('an unknown chosen model or region matches nothing rather than everything', () => {
    expect(shown({ models: ['no-such-model'] }).counts).toEqual([0, 0]);
    expect(shown({ regions: ['no-such-region'] }).counts).toEqual([0, 0]);
  });
});

describe('filter state in the URL', () => {
  const state = fc.record({
    q: fc.string().map((text) => text.trim()),
    provider: fc.constantFrom('', 'azure', 'google-cloud'),
    publisher: fc.constantFrom('', 'cohere', 'mistral-ai'),
    geography: fc.constantFrom('', 'europe', 'united-states'),
    capability: fc.constantFrom('' as const, 'deployment' as const, 'fine-tuning' as const),
    preview: fc.constantFrom('' as const, 'only' as const, 'hide' as const),
    models: fc.array(fc.constantFrom('azure-mistral', 'google-cloud-gemini-2-0-flash')),
    regions: fc.array(fc.constantFrom('azure-eastus', 'google-cloud-us-east5')),
  });

  test('parse(serialize(state)) gives the state back', () => {
    fc.assert(
      fc.property(state, (value) => {
        expect(parseFilterState(new URLSearchParams(serializeFilterState(value).toString()))).toEqual(value);
      }),
    );
  });

  test('the empty state is the bare URL', () => {
    expect(serializeFilterState(emptyFilterState).toString()).toBe('');
    expect(isEmptyFilterState(parseFilterState(new URLSearchParams('capability=teleport&preview=maybe')))).toBe(true);
  });

  test('chosen models and regions are repeated parameters, as a GET form sends them', () => {
    expect(serializeFilterState({ ...emptyFilterState, q: 'r+', models: ['a', 'b'], regions: ['c'] }).toString()).toBe('q=r%2B&model=a&model=b&region=c');
  });
});
