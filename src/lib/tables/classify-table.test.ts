import { expect, test } from 'vitest';
import { classifyTable } from './classify-table.ts';

test('Azure headers: one row per model, regions in cells', () => {
  expect(classifyTable(['Model', 'Offer Availability Region', 'Hub/Project Region for Deployment', 'Hub Project Region for Fine tuning'])).toEqual({
    shape: 'region-list',
    columns: { model: 0, offer: 1, regions: [{ index: 2, capability: 'deployment' }, { index: 3, capability: 'fine-tuning' }], qualifiers: [] },
  });
});

test('Google headers: a ✔ matrix with `Place (code)` columns', () => {
  expect(classifyTable(['', 'Columbus, Ohio (us-east5)', 'Iowa (us-central1)', 'Notes'])).toEqual({ shape: 'matrix', model: 0, regions: [1, 2] });
});

test.each([
  [['Parameter', 'Value'], 'no Model column and no `Place (code)` region columns'],
  [['Model', 'Context window'], 'a Model column but no region column'],
  [['Model'], 'fewer than two columns'],
  [['', 'Iowa (us-central1)', 'Notes', 'More', 'Other'], 'no Model column and no `Place (code)` region columns'],
])('other tables are left alone: %j', (headers, reason) => {
  expect(classifyTable(headers)).toEqual({ shape: 'other', reason });
});
