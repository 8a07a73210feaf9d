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
  /** Where the provider places the region, in degrees (WGS 84); absent when it publishes no place (`global`, `us`) or none was found. */
  latitude?: number;
  longitude?: number;
}

export interface RegionRegistry {
  provider: Provider;
  /** Whose regions it holds, for messages ("azure", "azure or google-cloud"). */
  label: string;
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
  return { provider, label: provider, file, regions, find: (nameOrCode) => index.get(lookupKey(nameOrCode)) };
}

/** The region registries kept as data (src/data/regions/*.json), one per provider. */
export const regionRegistries: Readonly<Record<Provider, RegionRegistry>> = {
  azure: buildRegistry('azure', 'src/data/regions/azure.json', azureData.regions),
  'google-cloud': buildRegistry('google-cloud', 'src/data/regions/google-cloud.json', googleData.regions),
};

/**
 * Every provider's regions as one registry, for reading a table no provider
 * claims (its regions name several providers): the facts are kept apart,
 * without a provider, so `provider` here is only the first registry's.
 */
export const anyRegistry: RegionRegistry = {
  provider: 'azure',
  label: Object.keys(regionRegistries).join(' or '),
  file: 'src/data/regions/*.json',
  regions: Object.values(regionRegistries).flatMap((registry) => registry.regions),
  find: (nameOrCode) => {
    for (const registry of Object.values(regionRegistries)) {
      const region = registry.find(nameOrCode);
      if (region) return region;
    }
    return undefined;
  },
};
