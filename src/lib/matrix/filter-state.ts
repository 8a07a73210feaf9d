import type { Capability } from '../facts/dataset-schema.ts';

/** What the matrix filters show; it lives in the page URL as the filter form's own GET parameters. */
export interface FilterState {
  /** Words that must all occur in a model's name, model ids or publisher. */
  q: string;
  provider: string;
  /** Publisher id (`mistral-ai`). */
  publisher: string;
  /** Geography id (`europe`). */
  geography: string;
  capability: Capability | '';
  /** `only`: previews only; `hide`: no previews; `''`: all. */
  preview: 'only' | 'hide' | '';
  /** Model ids: show the regions where every one of them is available. */
  models: string[];
  /** Region ids: show the models available in every one of them. */
  regions: string[];
}

export const emptyFilterState: Readonly<FilterState> = {
  q: '',
  provider: '',
  publisher: '',
  geography: '',
  capability: '',
  preview: '',
  models: [],
  regions: [],
};

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

export function parseFilterState(params: URLSearchParams): FilterState {
  return {
    q: (params.get('q') ?? '').trim(),
    provider: params.get('provider') ?? '',
    publisher: params.get('publisher') ?? '',
    geography: params.get('geography') ?? '',
    capability: oneOf(params.get('capability'), ['deployment', 'fine-tuning'] as const),
    preview: oneOf(params.get('preview'), ['only', 'hide'] as const),
    models: params.getAll('model').filter(Boolean),
    regions: params.getAll('region').filter(Boolean),
  };
}

/** Only the parameters that differ from the empty state, in a fixed order, so equal states give equal URLs. */
export function serializeFilterState(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'provider', 'publisher', 'geography', 'capability', 'preview'] as const) {
    if (state[key]) params.set(key, state[key]);
  }
  for (const model of state.models) params.append('model', model);
  for (const region of state.regions) params.append('region', region);
  return params;
}

export function isEmptyFilterState(state: FilterState): boolean {
  return serializeFilterState(state).size === 0;
}
