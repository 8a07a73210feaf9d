import { expect, test } from 'vitest';
import { classifyTable } from './classify-table.ts';

test('Azure headers: one row per model, regions in cells', () => {
  expect(classifyTable(['Model', 'Offer Availability Region', 'Hub/Project Region for Deployment', 'Hub Project Region for Fine tuning'])).toEqual({
    shape: 'region-list',
    columns: { model: 0, offer: 1, regions: [{ index: 2, capability: 'deployment' }, { index: 3, capability: 'fine-tuning' }], qualifiers: [] },
  });
});

test.each([['Model'], ['Models'], ['Model name'], ['**Model Name**'], ['Model ID'], ['Model IDs'], ['Model (version)'], ['Model name (version)']])('%j names the model column', (header) => {
  expect(classifyTable([header, 'Regions'])).toEqual({ shape: 'region-list', columns: { model: 0, regions: [{ index: 1, capability: 'deployment' }], qualifiers: [] } });
});

test('a column listing regions outweighs a unit in parentheses ("Max request (tokens)")', () => {
  expect(classifyTable(['Model ID', 'Fine-tuning regions', 'Max request (tokens)'])).toEqual({
    shape: 'region-list',
    columns: { model: 0, regions: [{ index: 1, capability: 'fine-tuning' }], qualifiers: [] },
  });
});

test('Google headers: a ✔ matrix with `Place (code)` columns', () => {
  expect(classifyTable(['', 'Columbus, Ohio (us-east5)', 'Iowa (us-central1)', 'Notes'])).toEqual({ shape: 'matrix', model: 0, regions: [1, 2] });
  expect(classifyTable(['Model', 'Iowa (us-central1)'])).toEqual({ shape: 'matrix', model: 0, regions: [1] });
});

test.each([['Region'], ['**Region**'], ['Regions'], ['Location'], ['__Locations__'], ['Azure region']])('%j over the first column: regions as rows, one model a column', (header) => {
  expect(classifyTable([header, '**gpt-4o**, **2024-05-13**', 'o1, 2024-12-17'])).toEqual({ shape: 'transposed', region: 0, models: [1, 2] });
});

const isRegion = (text: string) => ['eastus', 'East US 2', 'swedencentral'].includes(text);

test.each([
  [['eastus', '**East US 2**', '`swedencentral`'], { shape: 'transposed', region: 0, models: [1] }],
  [['eastus', 'East US 2', 'Atlantis'], { shape: 'transposed', region: 0, models: [1] }],
  [['eastus', '', 'Atlantis'], { shape: 'other', reason: 'no Model column and no `Place (code)` region columns' }],
  [['eastus', 'Atlantis', 'Lemuria', 'Mu'], { shape: 'other', reason: 'no Model column and no `Place (code)` region columns' }],
])('an empty first header over %j', (firstColumn, shape) => {
  expect(classifyTable(['', 'gpt-4o'], { rows: firstColumn.map((text) => [text, '✅']), isRegion })).toEqual(shape);
});

test.each([
  [[['eastus', '300 K'], ['swedencentral', '1 M']], { shape: 'other', reason: 'regions as rows but no column of availability marks (values such as quotas)' }],
  [[['eastus', 'N/A'], ['swedencentral', '']], { shape: 'transposed', region: 0, models: [1] }],
  [[['eastus', '✅'], ['swedencentral', 'Preview only']], { shape: 'transposed', region: 0, models: [1] }],
])('regions as rows over %j: one column of marks makes a model column', (rows, shape) => {
  expect(classifyTable(['Region', 'Default TPM'], { rows })).toEqual(shape);
});

test('one column of marks beside quota columns still reads as regions by model', () => {
  expect(classifyTable(['Region', 'gpt-4o', 'Default TPM'], { rows: [['eastus', '✅', '300 K']] })).toEqual({ shape: 'transposed', region: 0, models: [1, 2] });
});

test.each([
  [['Parameter', 'Value'], 'no Model column and no `Place (code)` region columns'],
  [['Model', 'Context window'], 'a Model column but no region column'],
  [['Model family', 'Regions'], 'no Model column and no `Place (code)` region columns'],
  [['Model'], 'fewer than two columns'],
  [['', 'Iowa (us-central1)', 'Notes', 'More', 'Other'], 'no Model column and no `Place (code)` region columns'],
  [['', 'gpt-4o'], 'no Model column and no `Place (code)` region columns'],
  [['Region', 'Models'], 'regions as rows but a Model column, not one model a column'],
])('other tables are left alone: %j', (headers, reason) => {
  expect(classifyTable(headers)).toEqual({ shape: 'other', reason });
});

test('access categories as rows under "Model Availability", one model a column, regions in the cells', () => {
  const rows = [['Available to all subscriptions with Azure OpenAI access', '', 'Australia East <br> Canada East']];
  expect(classifyTable(['Model Availability', 'gpt-4 (0314)', 'gpt-4 (0613)'], { rows, isRegion: (text) => text === 'Australia East' })).toEqual({ shape: 'category-matrix', category: 0, models: [1, 2] });
  expect(classifyTable(['Model Availability', 'gpt-4 (0613)'], { rows: [['Available to all', '8,192']], isRegion: () => false })).toEqual({ shape: 'other', reason: 'no Model column and no `Place (code)` region columns' });
});

test('a `Place (code)` header is a region when the registry knows it or its cells are marks, never over values', () => {
  const isRegion = (text: string) => text === 'us-central1';
  const rows = [['Gemini', '✔', '✔', '32,760']];
  expect(classifyTable(['Model', 'Iowa (us-central1)', 'Atlantis (atlantis-1)', 'Max Request (tokens)'], { rows, isRegion })).toEqual({ shape: 'matrix', model: 0, regions: [1, 2] });
  expect(classifyTable(['Model ID', 'Max Request (tokens)', 'Training Data (up-to)'], { rows: [['gpt-4', '8,192', 'Sep 2021']], isRegion })).toEqual({ shape: 'other', reason: 'a Model column but no region column' });
});

test('features as rows: ✔ per model but no region, left alone and said why', () => {
  expect(classifyTable(['**Feature**', '**o1**, **2024-12-17**'], { rows: [['Streaming', '✅']], isRegion: () => false })).toEqual({
    shape: 'other',
    reason: 'rows name no regions (features, categories): ✔ per model but no region to give it',
  });
});

test('an empty corner over `Place (code)` headers that read as no region is a near miss, flagged for a report', () => {
  const rows = [['Gemini', 'coming soon']];
  expect(classifyTable(['', 'Atlantis (atlantis-1)'], { rows, isRegion: () => false })).toMatchObject({ shape: 'other', nearMiss: true });
  expect(classifyTable(['Parameter', 'Max Request (tokens)'], { rows: [['temperature', '8,192']], isRegion: () => false })).not.toHaveProperty('nearMiss');
});
