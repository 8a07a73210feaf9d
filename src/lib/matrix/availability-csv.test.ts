import { expect, test } from 'vitest';
import { SCHEMA_VERSION, type Dataset } from '../facts/dataset-schema.ts';
import { availabilityCsv, csvField } from './availability-csv.ts';

test.each([
  ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
  ['+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
  ['-2+3', `'-2+3`],
  ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
  ['\t=1', `'\t=1`],
  ['\r=1', `"'\r=1"`],
  ['gpt-4o', 'gpt-4o'],
  ['Columbus, Ohio', '"Columbus, Ohio"'],
  ['', ''],
])('a field %j is written %j', (value, written) => {
  expect(csvField(value)).toBe(written);
});

test('numbers are written as numbers', () => {
  expect(csvField(62)).toBe('62');
});

test('the CSV neutralises formulas from content; the dataset keeps the text as written', () => {
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources: [{ id: 's', path: '=cmd.md', article: '=cmd.md', title: 'T', product: null, provider: 'azure', date: null }],
    regions: [{ id: 'azure-eastus', provider: 'azure', name: '@East US', code: 'eastus', geography: '-United States' }],
    models: [{ id: 'azure-m', provider: 'azure', name: '=1+1', modelIds: ['+id'], scope: 'model' }],
    availability: [{ model: 'azure-m', region: 'azure-eastus', capability: 'deployment', source: 's', line: 3 }],
    offers: [],
    diagnostics: [],
  };
  expect(availabilityCsv(dataset).split('\r\n')[1]).toBe(`Azure,'=1+1,'+id,'@East US,eastus,'-United States,deployment,,'=cmd.md,,3`);
  expect(dataset.models[0]!.name).toBe('=1+1');
});
