import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { extractDataset, type Extraction } from '../../src/lib/facts/extract-dataset.ts';
import { summarizeExtraction } from '../../src/lib/facts/summarize-extraction.ts';

const root = path.resolve('content');
const azureOld = 'azure-ai-docs-articles-ai-studio-how-to-deploy-models-serverless-availability-2024-05-21';
const azureNew = 'azure-ai-docs-articles-ai-studio-how-to-deploy-models-serverless-availability';
const google = 'cloud-google-com-vertex-ai-generative-ai-docs-learn-locations';
const googlePath = 'cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md';

// Read afresh for each test, so the mutation run knows which test covers which code.
let extraction: Extraction;
beforeEach(() => {
  extraction = extractDataset(root);
});

const rulesAt = (source: string, rule: string) =>
  extraction.dataset.diagnostics.filter((d) => d.source === source && d.rule === rule).map((d) => d.line);

describe('Azure, the 2024-05-21 article', () => {
  const path2024 = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability@2024-05-21.md';

  test('9 rows (4 Cohere models, 5 families) x 7 regions = 63 deployment facts, 0 fine-tuning', () => {
    const facts = extraction.dataset.availability.filter((fact) => fact.source === azureOld);
    expect(facts.filter((fact) => fact.capability === 'deployment')).toHaveLength(63);
    expect(facts.filter((fact) => fact.capability === 'fine-tuning')).toHaveLength(0);
    expect(new Set(facts.map((fact) => fact.region))).toEqual(
      new Set(['eastus', 'eastus2', 'northcentralus', 'southcentralus', 'swedencentral', 'westus', 'westus3'].map((code) => `azure-${code}`)),
    );
    const models = extraction.dataset.models.filter((model) => facts.some((fact) => fact.model === model.id));
    expect(models.filter((model) => model.scope === 'model').map((model) => model.id)).toEqual([
      'azure-cohere-command-r',
      'azure-cohere-command-r-plus',
      'azure-cohere-embed-v3',
      'azure-cohere-rerank-3',
    ]);
    expect(models.filter((model) => model.scope === 'family').map((model) => [model.id, model.name, model.publisher])).toEqual([
      ['azure-jais', 'Jais', 'Core42'],
      ['azure-meta-llama', 'Meta Llama', 'Meta'],
      ['azure-microsoft-phi-3', 'Microsoft Phi-3', 'Microsoft'],
      ['azure-mistral', 'Mistral', 'Mistral AI'],
      ['azure-nixtla', 'Nixtla', 'Nixtla'],
    ]);
  });

  test('each fact points at the physical line its region is written on', () => {
    const fact = (model: string, region: string) => extraction.dataset.availability.find((f) => f.model === model && f.region === region);
    expect(fact('azure-cohere-command-r', 'azure-eastus')).toMatchObject({ source: azureOld, line: 37 });
    expect(fact('azure-cohere-command-r-plus', 'azure-westus3')).toMatchObject({ source: azureOld, line: 53 });
    expect(fact('azure-jais', 'azure-eastus2')).toMatchObject({ source: azureOld, line: 82 });
  });

  test('17 offers: 3 markets for each Cohere model, 1 for each family', () => {
    const offers = extraction.dataset.offers.filter((offer) => offer.source === azureOld);
    expect(offers).toHaveLength(17);
    expect(offers.filter((offer) => offer.model === 'azure-cohere-command-r')).toEqual([
      { model: 'azure-cohere-command-r', market: 'Microsoft Managed Countries', href: 'https://learn.microsoft.com/partner-center/marketplace/tax-details-marketplace#microsoft-managed-countriesregions', source: azureOld, line: 34 },
      { model: 'azure-cohere-command-r', market: 'Japan', source: azureOld, line: 36 },
      { model: 'azure-cohere-command-r', market: 'Qatar', source: azureOld, line: 37 },
    ]);
    expect(offers.filter((offer) => offer.model === 'azure-jais').map((offer) => offer.market)).toEqual(['Microsoft Managed Countries']);
  });

  test('every repaired row and every family row is diagnosed on its line', () => {
    expect(rulesAt(path2024, 'table-row-joined')).toEqual([34, 44, 54, 64, 81, 93, 107, 119, 132]);
    expect(rulesAt(path2024, 'table-empty-model-cell')).toEqual([81, 93, 107, 119, 132]);
  });

  test('the newer version (tables in a missing include) keeps the older facts, credited to the older one', () => {
    const newer = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability.md';
    expect(extraction.dataset.availability.filter((fact) => fact.source === azureNew)).toHaveLength(0);
    expect(rulesAt(newer, 'include-missing')).toEqual([23, 31]);
    expect(extraction.dataset.diagnostics.find((d) => d.rule === 'older-version-facts-kept')).toMatchObject({ source: newer, severity: 'info' });
    expect(extraction.dataset.sources.filter((s) => s.article === newer).map((s) => [s.id, s.date])).toEqual([
      [azureNew, '2024-11-21'],
      [azureOld, '2024-05-21'],
    ]);
  });
});

describe('Google Cloud locations', () => {
  test('35 models: 16 Google, 19 partner', () => {
    const models = extraction.dataset.models.filter((model) => model.provider === 'google-cloud');
    expect(models).toHaveLength(35);
    expect(models.filter((model) => model.publisher === 'Google')).toHaveLength(16);
    expect(models.filter((model) => model.publisher !== 'Google' && model.publisher !== undefined)).toHaveLength(19);
  });

  test('30 regions including global', () => {
    const regions = extraction.dataset.regions.filter((region) => region.provider === 'google-cloud');
    expect(regions).toHaveLength(30);
    expect(regions.find((region) => region.id === 'google-cloud-global')).toEqual({ id: 'google-cloud-global', provider: 'google-cloud', name: 'Global', code: 'global', geography: 'Global' });
    expect(regions.find((region) => region.code === 'us-east5')).toMatchObject({ id: 'google-cloud-us-east5', name: 'Columbus, Ohio', geography: 'United States' });
  });

  test('365 deployment facts: every ✔ in the file is one fact', () => {
    const facts = extraction.dataset.availability.filter((fact) => fact.source === google);
    const marks = readFileSync(path.join(root, googlePath), 'utf8').match(/✔/g) ?? [];
    expect(facts).toHaveLength(365);
    expect(facts).toHaveLength(marks.length);
    expect(facts.every((fact) => fact.capability === 'deployment')).toBe(true);
  });

  test('the lost-parenthesis row is merged into its well-formed twin', () => {
    const imagen3 = extraction.dataset.models.filter((model) => model.name === 'Imagen 3');
    expect(imagen3.map((model) => [model.id, model.modelIds])).toEqual([
      ['google-cloud-imagen-3-imagen-3-0-generate-001', ['imagen-3.0-generate-001']],
      ['google-cloud-imagen-3-imagen-3-0-generate-002', ['imagen-3.0-generate-002']],
    ]);
    const twin = extraction.dataset.availability.filter((fact) => fact.model === 'google-cloud-imagen-3-imagen-3-0-generate-002');
    expect(twin).toHaveLength(7 + 1 + 1 + 10 + 7 + 3);
    expect(twin.filter((fact) => fact.line === 156)).toHaveLength(10);
    expect(rulesAt(googlePath, 'model-name-repaired')).toEqual([156]);
  });

  test('partner names drop the possessive publisher; preview is a flag', () => {
    expect(extraction.dataset.models.find((model) => model.id === 'google-cloud-claude-3-7-sonnet')).toEqual({
      id: 'google-cloud-claude-3-7-sonnet', provider: 'google-cloud', name: 'Claude 3.7 Sonnet', modelIds: [], scope: 'model', publisher: 'Anthropic', publisherId: 'anthropic', family: 'Claude',
    });
    expect(extraction.dataset.models.find((model) => model.id === 'google-cloud-llama-3-3-70b')).toMatchObject({ name: 'Llama 3.3 70B', preview: true, publisher: 'Meta' });
    expect(extraction.dataset.models.find((model) => model.id === 'google-cloud-gemini-1-5-pro')?.modelIds).toEqual(['gemini-1.5-pro-002', 'gemini-1.5-pro-001']);
  });

  test('short, over-long and empty rows are warnings on their lines', () => {
    expect(rulesAt(googlePath, 'table-row-short')).toEqual([149, 150, 152, 170, 171, 173, 230, 231, 232, 233, 234, 235, 236, 237, 243, 244, 245, 246, 247, 248, 260, 261]);
    expect(rulesAt(googlePath, 'table-row-long')).toEqual([262, 263, 264, 265, 266]);
    expect(rulesAt(googlePath, 'table-row-no-cells')).toEqual([191, 192, 194]);
  });
});

test('the summary counts what the dataset holds', () => {
  expect(summarizeExtraction(extraction)).toEqual({
    sources: 6,
    tables: { availability: 16, other: 0 },
    models: 44,
    regions: 37,
    facts: { deployment: 428, 'fine-tuning': 0 },
    offers: 17,
    diagnostics: { error: 0, warning: 55, info: 63 },
  });
});

test('every diagnostic on the seeds, by rule and line, as checked by hand against the files', () => {
  const foundry = 'azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md';
  const studio = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability.md';
  const studio2024 = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability@2024-05-21.md';
  // Worked out from the files, not from the extractor:
  // - include-missing: the block `[!INCLUDE` lines (`grep -n`), whose files are not in content/ (the Foundry
  //   article's inline include on line 34 is not a block include);
  // - older-version-facts-kept: the newer Studio article states no facts (its tables are in a missing include);
  // - table-row-joined: the first line of each row written over several lines in the 2024 article's nine tables'
  //   first rows, table-empty-model-cell the five family tables whose model cell is blank;
  // - Google: a line scan counting each table row's cells against its header's (short, long; rows of one empty
  //   cell have no cells), the rows without a ✔ (no availability), and the Imagen 3 row that lost its parenthesis.
  const expected = [
    ['warning', foundry, 'include-missing', [20, 22, 28, 50, 132, 177, 320, 464]],
    ['info', studio, 'older-version-facts-kept', [1]],
    ['warning', studio, 'include-missing', [23, 31]],
    ['warning', studio2024, 'table-row-joined', [34, 44, 54, 64, 81, 93, 107, 119, 132]],
    ['warning', studio2024, 'table-empty-model-cell', [81, 93, 107, 119, 132]],
    ['info', googlePath, 'table-row-no-availability', [
      99, 100, 101, 102, 120, 121, 122, 123, 128, 129, 131, 141, 142, 162, 163, 164, 165, 183, 184, 185, 186, 191, 192, 194,
      208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 257, 258, 260, 261, 262, 263, 264, 265, 266, 278, 279, 281,
      282, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296,
    ]],
    ['warning', googlePath, 'table-row-short', [149, 150, 152, 170, 171, 173, 230, 231, 232, 233, 234, 235, 236, 237, 243, 244, 245, 246, 247, 248, 260, 261]],
    ['warning', googlePath, 'model-name-repaired', [156]],
    ['warning', googlePath, 'table-row-no-cells', [191, 192, 194]],
    ['warning', googlePath, 'table-row-long', [262, 263, 264, 265, 266]],
  ] as const;
  const found = new Map<string, number[]>();
  for (const d of extraction.dataset.diagnostics) {
    const key = `${d.severity} ${d.source} ${d.rule}`;
    found.set(key, [...(found.get(key) ?? []), d.line]);
  }
  expect(Object.fromEntries(found)).toEqual(Object.fromEntries(expected.map(([severity, source, rule, lines]) => [`${severity} ${source} ${rule}`, lines])));
  const count = (severity: string) => expected.filter((entry) => entry[0] === severity).reduce((sum, entry) => sum + entry[3].length, 0);
  expect([count('warning'), count('info')]).toEqual([55, 63]);
});
