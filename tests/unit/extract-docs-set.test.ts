import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { extractDataset } from '../../src/lib/facts/extract-dataset.ts';

/**
 * The sample documentation set (tests/fixtures/docs-set) in the shapes of
 * Azure OpenAI's model pages, read end to end. The expected facts were worked
 * out by hand from its pages.
 */
const root = 'tests/fixtures/docs-set';
// Read afresh for each test, so the mutation run knows which test covers which code.
let dataset: Dataset;
beforeEach(() => {
  ({ dataset } = extractDataset(root));
});
const factsOf = (model: string) =>
  dataset.availability
    .filter((fact) => fact.model === model)
    .map((fact) => `${fact.region.replace('azure-', '')} ${fact.capability}${fact.deploymentType ? ` ${fact.deploymentType}` : ''}`)
    .sort();

test('a transposed matrix under each deployment-type tab, inside an include, gives facts of that type, located in the include', () => {
  expect(factsOf('azure-o1-2024-12-17')).toEqual(['eastus2 deployment global-standard', 'swedencentral deployment global-standard']);
  expect(dataset.availability.find((fact) => fact.model === 'azure-o1-2024-12-17')).toMatchObject({ file: 'openai/includes/model-matrix/standard-global.md', line: 10 });
  expect(factsOf('azure-gpt-4o-2024-08-06')).toEqual([
    'australiaeast deployment global-standard',
    'eastus2 deployment global-standard',
    'eastus2 fine-tuning global-training',
    'eastus2 fine-tuning standard-training',
    'japaneast deployment provisioned',
    'northcentralus fine-tuning global-training',
    'northcentralus fine-tuning standard-training',
    'swedencentral deployment global-standard',
    'swedencentral fine-tuning global-training',
    'swedencentral fine-tuning standard-training',
    'uksouth deployment provisioned',
    'westus3 deployment global-standard',
  ]);
});

test('the same model and version is one model across tables, shapes and documents', () => {
  expect(dataset.models.find((model) => model.id === 'azure-gpt-4o-mini-2024-07-18')).toMatchObject({ version: '2024-07-18' });
  expect(factsOf('azure-gpt-4o-mini-2024-07-18')).toEqual([
    'australiaeast deployment global-standard',
    'eastus2 deployment global-standard',
    'northcentralus fine-tuning standard-training',
    'swedencentral fine-tuning standard-training',
    'uksouth deployment provisioned',
    'usgovarizona deployment provisioned',
    'usgovvirginia deployment standard',
  ]);
});

test('Version columns, qualifiers, bullet lists, pointers, display names and comments', () => {
  expect(factsOf('azure-gpt-4-0613')).toEqual(['australiaeast deployment standard', 'canadaeast deployment standard', 'japaneast deployment provisioned', 'swedencentral deployment standard']);
  for (const version of ['0125', '1106']) expect(factsOf(`azure-gpt-35-turbo-${version}`)).toEqual(['eastus deployment', 'francecentral deployment']);
  expect(factsOf('azure-text-embedding-3-large')).toEqual([]);
  expect(factsOf('azure-text-embedding-ada-002')).toEqual(['eastus2 deployment', 'westus deployment']);
  expect(dataset.models.map((model) => model.name)).not.toContain('gpt-5');
  expect(dataset.models).toHaveLength(9);
  expect(dataset.availability).toHaveLength(33);
  expect(dataset.regions.find((region) => region.code === 'usgovvirginia')).toMatchObject({ cloud: 'Azure Government' });
  expect(dataset.diagnostics.map((d) => `${d.source}:${d.line} ${d.rule}`)).toEqual([
    'openai/azure-government.md:10 provider-inferred',
    'openai/azure-government.md:11 table-delimiter-width',
    'openai/concepts/models.md:30 provider-inferred',
    'openai/concepts/models.md:37 provider-inferred',
    'openai/concepts/models.md:40 table-cell-several-versions',
    'openai/concepts/models.md:52 provider-inferred',
    'openai/concepts/models.md:54 cell-points-elsewhere',
    'openai/concepts/models.md:55 model-display-name',
    'openai/includes/model-matrix/provisioned.md:7 provider-inferred',
    'openai/includes/model-matrix/standard-global.md:7 provider-inferred',
  ]);
});

test('the CLI prints, per source, the tables read and where, and those left alone and why', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'docs-set-')), 'dataset.json');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--content', root, '--out', out], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  const summary = result.stdout.slice(result.stdout.indexOf(`${root}/openai/azure-government.md: `), result.stdout.indexOf('\nsources'));
  expect(summary.trimEnd().split('\n')).toEqual([
    `${root}/openai/azure-government.md: 1 read, 0 left alone`,
    '  read        line 10: region-list, 2 rows, 3 facts',
    '              column 1 `Model`: read as model',
    '              column 2 `Version`: read as model version',
    '              column 3 `Region`: read as regions (deployment)',
    `${root}/openai/concepts/models.md: 5 read, 1 left alone`,
    `  read        ${root}/openai/includes/model-matrix/standard-global.md:7: transposed, 4 rows, 8 facts`,
    '              column 1 `Region`: read as regions, one a row',
    '              column 2 `gpt-4o, 2024-08-06`: read as model',
    '              column 3 `gpt-4o-mini, 2024-07-18`: read as model',
    '              column 4 `o1, 2024-12-17`: read as model',
    `  read        ${root}/openai/includes/model-matrix/provisioned.md:7: transposed, 3 rows, 4 facts`,
    '              column 1 `Region`: read as regions, one a row',
    '              column 2 `gpt-4o, 2024-08-06`: read as model',
    '              column 3 `gpt-4o-mini, 2024-07-18`: read as model',
    '  read        line 30: region-list, 2 rows, 8 facts',
    '              column 1 `Model ID`: read as model',
    '              column 2 `Standard training regions`: read as regions (fine-tuning, standard-training)',
    '              column 3 `Global training`: read as global-training marks (fine-tuning)',
    '              column 4 `Max request (tokens)`: left alone, not a region: neither "Max request" nor `tokens` is a known region and its cells are not availability marks (a quantity, limit or date)',
    '  read        line 37: region-list, 2 rows, 8 facts',
    '              column 1 `Model`: read as model',
    '              column 2 `Version`: read as model version',
    '              column 3 `Region`: read as regions (deployment)',
    '  read        line 52: region-list, 2 rows, 2 facts',
    '              column 1 `Model`: read as model',
    '              column 2 `Regions`: read as regions (deployment)',
    '  left alone  1 × no Model column and no `Place (code)` region columns (line 59)',
  ]);
  expect(result.stdout).toContain('facts        33 (25 deployment, 8 fine-tuning), 0 offers');
}, 60_000);
