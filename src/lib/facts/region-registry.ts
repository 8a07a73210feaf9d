import azureData from '../../data/regions/azure.json' with { type: 'json' };
import googleData from '../../data/regions/google-cloud.json' with { type: 'json' };
import type { Provider } from './dataset-schema.ts';

export interface RegistryRegion {
  code: string;
  name: string;
  geography: string;
  aliases: string[];
  /** The sovereign cloud the region belongs to (`Azure Government`); absent for the public cloud. */
  cloud?: string;
}

export interface RegionRegistry {
  provider: Provider;
  /** The data file, for messages. */
  file: string;
  regions: readonly RegistryRegion[];
  /** Finds a region by code, display name or alias, compared by `lookupKey`. */
  find(nameOrCode: string): RegistryRegion | undefined;
}

/**
 * The key a region is looked up by: case, diacritics, spaces and punctuation
 * don't count, so "East US 2", "eastus2", "EastUS2" and "eastus 2" agree, and
 * so do "Montréal" and "Montreal".
 */
function lookupKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function buildRegistry(provider: Provider, file: string, regions: readonly RegistryRegion[]): RegionRegistry {
  const index = new Map<string, RegistryRegion>();
  for (const region of regions) {
    for (const key of [region.code, region.name, ...region.aliases]) {
      const k = lookupKey(key);
      if (!index.has(k)) index.set(k, region);
    }
  }
  return { provider, file, regions, find: (nameOrCode) => index.get(lookupKey(nameOrCode)) };
}

/** The region registries kept as data (src/data/regions/*.json), one per provider. */
export const regionRegistries: Readonly<Record<Provider, RegionRegistry>> = {
  azure: buildRegistry('azure', 'src/data/regions/azure.json', azureData.regions),
  'google-cloud': buildRegistry('google-cloud', 'src/data/regions/google-cloud.json', googleData.regions),
};
