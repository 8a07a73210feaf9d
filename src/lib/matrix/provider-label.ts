import type { Provider } from '../facts/dataset-schema.ts';

export const providerLabels: Record<Provider, string> = {
  azure: 'Azure',
  'google-cloud': 'Google Cloud',
};

/** Providers in the order pages list them. */
export const providerOrder: readonly Provider[] = ['azure', 'google-cloud'];
