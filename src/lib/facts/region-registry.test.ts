import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { regionRegistries } from './region-registry.ts';

const azure = regionRegistries.azure;
const google = regionRegistries['google-cloud'];

test('the registries hold every published region', () => {
  expect(azure.regions.filter((region) => region.cloud === undefined)).toHaveLength(58);
  expect(azure.regions.filter((region) => region.cloud === 'Azure Government')).toHaveLength(5);
  expect(azure.regions).toHaveLength(63);
  expect(google.regions).toHaveLength(41);
});

describe('Azure', () => {
  test.each([
    ['East US 2', 'eastus2'],
    ['eastus2', 'eastus2'],
    ['EastUS2', 'eastus2'],
    ['East US2', 'eastus2'],
    ['eastus 2', 'eastus2'],
    ['EAST-US-2', 'eastus2'],
    ['west us 3', 'westus3'],
    ['Sweden Central', 'swedencentral'],
    ['Korea Central', 'koreacentral'],
    ['UAE North', 'uaenorth'],
    ['Qatar Central', 'qatarcentral'],
    ['Italy North', 'italynorth'],
    ['Chile Central', 'chilecentral'],
    ['malaysiawest', 'malaysiawest'],
    ['India South', 'southindia'],
    ['India South Central', 'indiasouthcentral'],
    ['usgovvirginia', 'usgovvirginia'],
    ['USGov Virginia', 'usgovvirginia'],
    ['US Gov Virginia', 'usgovvirginia'],
    ['US Government Virginia', 'usgovvirginia'],
    ['US Government Texas', 'usgovtexas'],
    ['US DoD Central', 'usdodcentral'],
    ['usdodeast', 'usdodeast'],
  ])('%j is %s', (name, code) => {
    expect(azure.find(name)?.code).toBe(code);
  });

  test('an Azure Government region names its cloud; a public one does not', () => {
    expect(azure.find('usgovarizona')).toEqual({ code: 'usgovarizona', name: 'US Gov Arizona', geography: 'United States', latitude: 34.42527, longitude: -111.7046, cloud: 'Azure Government', aliases: ['US Government Arizona'] });
    expect(azure.find('eastus')).not.toHaveProperty('cloud');
  });
});

describe('Vertex AI', () => {
  test.each([
    ['us-east5', 'us-east5'],
    ['US-EAST5', 'us-east5'],
    ['Montreal', 'northamerica-northeast1'],
    ['Montréal, Québec', 'northamerica-northeast1'],
    ['Changhua County, Taiwan', 'asia-east1'],
    ['Tokyo', 'asia-northeast1'],
    ['Eemshaven, Netherlands', 'europe-west4'],
    ['Sao Paulo', 'southamerica-east1'],
    ['South Carolina', 'us-east1'],
    ['us', 'us'],
    ['eu', 'eu'],
    ['global', 'global'],
  ])('%j is %s', (name, code) => {
    expect(google.find(name)?.code).toBe(code);
  });

  test('a location keeps the place it is named by', () => {
    expect(google.find('us-east5')).toEqual({ code: 'us-east5', name: 'Columbus, Ohio', geography: 'United States', latitude: 39.96, longitude: -82.99, aliases: ['Columbus'] });
    expect(google.find('global')?.geography).toBe('Global');
    expect(google.find('eu')?.geography).toBe('Europe');
  });
});

test('an unknown name is not guessed', () => {
  expect(azure.find('Atlantis')).toBeUndefined();
  expect(azure.find('Atlantis North')).toBeUndefined();
  expect(azure.find('East')).toBeUndefined();
  expect(azure.find('US Gov')).toBeUndefined();
  expect(google.find('Atlantis')).toBeUndefined();
  expect(google.find('us-east99')).toBeUndefined();
});

test.each([
  ['azure', ['Africa', 'Asia Pacific', 'Canada', 'Europe', 'Mexico', 'Middle East', 'South America', 'United States']],
  ['google-cloud', ['Africa', 'Asia Pacific', 'Canada', 'Europe', 'Global', 'Middle East', 'South America', 'United States']],
] as const)('the %s registry groups regions in its known geographies', (provider, geographies) => {
  expect([...new Set(regionRegistries[provider].regions.map((region) => region.geography))].sort()).toEqual(geographies);
});

test.each(['azure', 'google-cloud'] as const)('the %s registry names its sources', (provider) => {
  const data = JSON.parse(readFileSync(`src/data/regions/${provider}.json`, 'utf8')) as { source: string; sources: string[] };
  expect(data.source).toMatch(/^https:\/\//);
  expect(data.sources).toContain(data.source);
  for (const source of data.sources) expect(source).toMatch(/^https:\/\//);
});

// The registry keeps the first region a spelling names, so a spelling that
// finds another region is one whose lookup key two regions share.
test.each(['azure', 'google-cloud'] as const)('in the %s registry no spelling points at two regions', (provider) => {
  const registry = regionRegistries[provider];
  const taken = registry.regions.flatMap((region) =>
    [region.code, region.name, ...region.aliases]
      .map((spelling) => ({ spelling, region: region.code, found: registry.find(spelling)?.code }))
      .filter(({ region: own, found }) => found !== own),
  );
  expect(taken).toEqual([]);
});
