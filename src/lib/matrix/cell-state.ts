import type { Capability } from '../facts/dataset-schema.ts';

/** Bits of a matrix cell: what a model can do in a region. */
export const DEPLOY_BIT = 1;
export const FINE_TUNE_BIT = 2;

export type CellState = 'none' | 'deployment' | 'fine-tuning' | 'both';

export function capabilityBit(capability: Capability): number {
  return capability === 'deployment' ? DEPLOY_BIT : FINE_TUNE_BIT;
}

export function cellState(bits: number): CellState {
  if (bits === (DEPLOY_BIT | FINE_TUNE_BIT)) return 'both';
  if (bits === DEPLOY_BIT) return 'deployment';
  if (bits === FINE_TUNE_BIT) return 'fine-tuning';
  return 'none';
}

/** The text of a cell; a `none` cell keeps its text for screen readers and shows blank. */
export const cellLabels: Record<CellState, { text: string }> = {
  deployment: { text: 'Deploy' },
  'fine-tuning': { text: 'Fine-tune' },
  both: { text: 'Both' },
  none: { text: 'not available' },
};

export const capabilityLabels: Record<Capability, string> = {
  deployment: 'Deployment',
  'fine-tuning': 'Fine-tuning',
};
