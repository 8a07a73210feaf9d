import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { regionRegistries } from './region-registry.ts';

test.each([
  ['East US 2', 'eastus2'],
  ['eastus2', 'eastus2'],
  ['EastUS2', 'eastus2'],
  ['west us 3', 'westus3'],
  ['Sweden Central', 'swedencentral'],
])('Azure %j is %s', (name, code) => {
  expect(regionRegistries.azure.find(name)?.code).toBe(code);
});

test('an unknown name is not guessed', () => {
  expect(regionRegistries.azure.find('Atlantis North')).toBeUndefined();
  expect(regionRegistries.azure.find('East')).toBeUndefined();
  expect(regionRegistries['google-cloud'].find('us-east99')).toBeUndefined();
});

test('Vertex AI codes and names', () => {
  expect(regionRegistries['google-cloud'].find('us-east5')).toEqual({ code: 'us-east5', name: 'Columbus, Ohio', geography: 'United States', aliases: [] });
  expect(regionRegistries['google-cloud'].find('Montreal')?.code).toBe('northamerica-northeast1');
  expect(regionRegistries['google-cloud'].find('global')?.geography).toBe('Global');
});

test.each(['azure', 'google-cloud'] as const)('the %s registry names its source and no spelling points at two regions', (provider) => {
  const data = JSON.parse(readFileSync(`src/data/regions/${provider}.json`, 'utf8')) as { source: string; regions: { code: string; name: string; aliases: string[] }[] };
  expect(data.source).toMatch(/^https:\/\//);
  const owners = new Map<string, Set<string>>();
  for (const region of data.regions) {
    for (const key of [region.code, region.name, ...region.aliases]) {
      const normalized = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
      owners.set(normalized, (owners.get(normalized) ?? new Set()).add(region.code));
    }
  }
  expect([...owners].filter(([, codes]) => codes.size > 1)).toEqual([]);
  for (const region of data.regions) expect(regionRegistries[provider].find(region.name)?.code).toBe(region.code);
});
