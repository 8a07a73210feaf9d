import { expect, test } from 'vitest';
import { classifyRegionListColumns } from './classify-region-list-columns.ts';

test('the public API', async () => {
  expect(Object.keys(await import('./classify-region-list-columns.ts'))).toEqual(['classifyRegionListColumns']);
});

test.each([
  [['Model', 'Region'], { model: 0, regions: [{ index: 1, capability: 'deployment' }], qualifiers: [] }],
  [['Model', '**Regions**'], { model: 0, regions: [{ index: 1, capability: 'deployment' }], qualifiers: [] }],
  [['Model name', 'Available regions'], { model: 0, regions: [{ index: 1, capability: 'deployment' }], qualifiers: [] }],
  [['Model', 'Deployment regions'], { model: 0, regions: [{ index: 1, capability: 'deployment' }], qualifiers: [] }],
  [['Model ID', 'Fine-tuning regions'], { model: 0, regions: [{ index: 1, capability: 'fine-tuning' }], qualifiers: [] }],
  [
    ['Model', 'Offer Availability Region', 'Hub/Project Region for Deployment', 'Hub Project Region for Fine tuning'],
    { model: 0, offer: 1, regions: [{ index: 2, capability: 'deployment' }, { index: 3, capability: 'fine-tuning' }], qualifiers: [] },
  ],
  [['Model', 'Version', 'Region'], { model: 0, version: 1, regions: [{ index: 2, capability: 'deployment' }], qualifiers: [] }],
  [
    ['Model', 'Global Standard regions', 'Provisioned regions'],
    {
      model: 0,
      regions: [
        { index: 1, capability: 'deployment', deploymentType: 'global-standard' },
        { index: 2, capability: 'deployment', deploymentType: 'provisioned' },
      ],
      qualifiers: [],
    },
  ],
  [
    ['Model ID', 'Standard training regions', 'Global training', 'Max request (tokens)', 'Training data (up to)'],
    {
      model: 0,
      regions: [{ index: 1, capability: 'fine-tuning', deploymentType: 'standard-training' }],
      qualifiers: [{ index: 2, capability: 'fine-tuning', deploymentType: 'global-training' }],
    },
  ],
  [
    ['Model ID', 'Standard Training Regions', 'Global Training (Preview)', 'Modality'],
    {
      model: 0,
      regions: [{ index: 1, capability: 'fine-tuning', deploymentType: 'standard-training' }],
      qualifiers: [{ index: 2, capability: 'fine-tuning', deploymentType: 'global-training' }],
    },
  ],
  [
    ['Model', 'Regions', 'Regional Standard'],
    { model: 0, regions: [{ index: 1, capability: 'deployment' }], qualifiers: [{ index: 2, capability: 'deployment', deploymentType: 'standard' }] },
  ],
])('%j', (headers, columns) => {
  expect(classifyRegionListColumns(headers, 0)).toEqual(columns);
});

test.each([[['Model', 'Context window']], [['Model', 'Global training']], [['Model ID', 'Max Request (tokens)', 'Training Data (up-to)']], [['Model', 'Version', 'Max request (tokens)']]])(
  '%j lists no regions',
  (headers) => {
    expect(classifyRegionListColumns(headers, 0)).toBeUndefined();
  },
);

test.each([['Model Availability'], ['Feature Availability'], ['Supported regions'], ['Fine-Tuning Regions'], ['Base model Regions'], ['Locations']])('%j lists regions', (header) => {
  expect(classifyRegionListColumns(['Model ID', header], 0)?.regions.map((column) => column.index)).toEqual([1]);
});
