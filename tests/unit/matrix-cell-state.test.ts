import { expect, test } from 'vitest';
import { capabilityBit, capabilityLabels, cellLabels, cellState, DEPLOY_BIT, FINE_TUNE_BIT } from '../../src/lib/matrix/cell-state.ts';

test('a cell is deployment, fine-tuning, both or none by its two bits', () => {
  expect([DEPLOY_BIT, FINE_TUNE_BIT]).toEqual([1, 2]);
  expect([0, 1, 2, 3].map(cellState)).toEqual(['none', 'deployment', 'fine-tuning', 'both']);
  expect([capabilityBit('deployment'), capabilityBit('fine-tuning')]).toEqual([1, 2]);
});

// The words the matrix's caption promises its readers ("Deploy, Fine-tune, Both, or blank for not available").
test('each cell state and capability has the text the matrix shows', () => {
  expect(cellLabels).toEqual({
    deployment: { text: 'Deploy' },
    'fine-tuning': { text: 'Fine-tune' },
    both: { text: 'Both' },
    none: { text: 'not available' },
  });
  expect(capabilityLabels).toEqual({ deployment: 'Deployment', 'fine-tuning': 'Fine-tuning' });
});
