import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { buildMatrix, type Matrix } from '../../src/lib/matrix/build-matrix.ts';
import { filterInputOf, rowSearchText } from '../../src/lib/matrix/filter-input.ts';
import { filterMatrix, type FilterInput } from '../../src/lib/matrix/filter-matrix.ts';
import { emptyFilterState, isEmptyFilterState, parseFilterState, serializeFilterState, type FilterState } from '../../src/lib/matrix/filter-state.ts';
import { fixtureDataset } from './matrix-fixture.ts';

// Built afresh for each test, so the mutation run knows which test covers which code.
let matrix: Matrix;
let input: FilterInput;
beforeEach(() => {
  matrix = buildMatrix(fixtureDataset());
  input = filterInputOf(matrix);
});

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

describe('the text filter on names in any script', () => {
  /** One model, available in one region, named `name`. */
  const oneModel = (name: string, modelIds: string[] = []) => ({
    rows: [{ id: 'm', provider: 'azure', publisher: 'p', preview: false, text: rowSearchText({ id: 'm', provider: 'azure', name, modelIds, scope: 'model', publisher: 'Ünïcode Labs' }) }],
    columns: [{ id: 'r', provider: 'azure', geography: 'europe' }],
    bits: new Uint8Array([1]),
  });
  const name = fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((word) => word.trim() === word && !/\s/.test(word)), { minLength: 1, maxLength: 4 });

  test('any word of a name finds its model, as written or in lower case, and so do all of them together', () => {
    fc.assert(
      fc.property(name, fc.nat(), (words, pick) => {
        const input = oneModel(words.join(' '));
        for (const q of [words[pick % words.length]!, words.join('  '), words[pick % words.length]!.toLowerCase()]) {
          expect(filterMatrix(input, { ...emptyFilterState, q }).rowCount, q).toBe(1);
        }
      }),
    );
  });

  test('a word the name, ids and publisher do not hold hides the model', () => {
    fc.assert(
      fc.property(name, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), (words, other) => {
        const text = rowSearchText({ id: 'm', provider: 'azure', name: words.join(' '), modelIds: [], scope: 'model', publisher: 'Ünïcode Labs' });
        const q = other.trim().toLowerCase();
        fc.pre(q !== '' && !/\s/.test(q) && !text.includes(q));
        expect(filterMatrix(oneModel(words.join(' ')), { ...emptyFilterState, q }).rowCount).toBe(0);
      }),
    );
  });

  test.each([
    ['Ñandú 2', 'ñandú', 1],
    ['Ñandú 2', 'ÑANDÚ', 1],
    ['通义千问 Qwen', '通义千问', 1],
    ['Müller-Lyer 🦙', '🦙', 1],
    ['Müller-Lyer 🦙', 'muller', 0],
    ['Ünïcode model', 'ünïcode labs', 1],
  ] as const)('%s searched for %s', (modelName, q, count) => {
    expect(filterMatrix(oneModel(modelName), { ...emptyFilterState, q }).rowCount).toBe(count);
  });
});

describe('filter state in the URL', () => {
  const state = fc.record({
    // Graphemes of any script, emoji and combining marks included, as names and searches are written.
    q: fc.string({ unit: 'grapheme' }).map((text) => text.trim()),
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
