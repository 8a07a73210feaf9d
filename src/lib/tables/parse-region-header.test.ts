import { expect, test } from 'vitest';
import { parseRegionHeader } from './parse-region-header.ts';

test.each([
  ['Columbus, Ohio (us-east5)', { name: 'Columbus, Ohio', code: 'us-east5' }],
  ['Montréal (northamerica-northeast1)', { name: 'Montréal', code: 'northamerica-northeast1' }],
  ['Global (global)', { name: 'Global', code: 'global' }],
  ['**West US 3 (westus3)**', { name: 'West US 3', code: 'westus3' }],
  ['(us-east5)', { name: 'us-east5', code: 'us-east5' }],
])('%s', (text, expected) => {
  expect(parseRegionHeader(text)).toEqual(expected);
});

test.each(['Notes', 'Mistral Small 3.1 (25.03)', 'Iowa (US Central)', 'Iowa (us-central1) extra', ''])('%j is not a region header', (text) => {
  expect(parseRegionHeader(text)).toBeUndefined();
});
