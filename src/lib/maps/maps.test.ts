import { describe, expect, test } from 'vitest';
import type { Region, Source } from '../facts/dataset-schema.ts';
import { citeSources } from '../matrix/cited-sources.ts';
import { greatCircleKm } from './great-circle.ts';
import { nearestRegions } from './nearest-regions.ts';
import { markerDotPx, placeMarkers } from './place-markers.ts';

const region = (provider: Region['provider'], code: string): Region => ({ id: `${provider}-${code}`, provider, name: code, code, geography: 'Europe' });

describe('greatCircleKm', () => {
  // A quarter of a great circle and half of one, on the mean sphere (radius 6371.0088 km): textbook values.
  test.each([
    [{ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 90 }, 10007.6],
    [{ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 }, 10007.6],
    [{ latitude: 10, longitude: 20 }, { latitude: -10, longitude: -160 }, 20015.1],
    // Paris to London, about 344 km as atlases give it.
    [{ latitude: 48.8566, longitude: 2.3522 }, { latitude: 51.5074, longitude: -0.1278 }, 343.6],
  ])('%j to %j is %d km', (a, b, km) => {
    expect(greatCircleKm(a, b)).toBeCloseTo(km, 0);
  });
});

describe('placeMarkers', () => {
  const at = (code: string, latitude: number, longitude: number) => ({ region: region('azure', code), latitude, longitude });

  test('a lone place sits on its spot, unmoved', () => {
    expect(placeMarkers([at('a', 0, 0), at('b', 40, 100)])).toEqual([
      expect.objectContaining({ x: 0.5, dx: 0, dy: 0 }),
      expect.objectContaining({ dx: 0, dy: 0 }),
    ]);
  });

  test('places in one city stand apart around their common spot, their dots not touching', () => {
    const [a, b, c] = placeMarkers([at('a', 52.37, 4.9), at('b', 52.37, 4.9), at('c', 53.44, 6.83)]);
    expect(new Set([a!.x, b!.x, c!.x]).size).toBe(1);
    for (const [p, q] of [[a!, b!], [b!, c!], [a!, c!]] as const) expect(Math.hypot(p.dx - q.dx, p.dy - q.dy)).toBeGreaterThanOrEqual(2 * markerDotPx);
  });
});

test('nearestRegions orders any provider by distance and leaves out regions with no place', () => {
  const stockholm = region('azure', 'swedencentral');
  const nearest = nearestRegions(stockholm, [stockholm, region('google-cloud', 'global'), region('azure', 'westeurope'), region('google-cloud', 'europe-north1'), region('azure', 'norwayeast')], 5);
  expect(nearest.map((entry) => entry.region.code)).toEqual(['norwayeast', 'europe-north1', 'westeurope']);
  expect(nearestRegions(region('google-cloud', 'global'), [stockholm], 5)).toEqual([]);
});

test('citeSources numbers each source once, in the order first cited', () => {
  const source = (id: string) => ({ id, title: id }) as Source;
  const cited = citeSources([source('b'), source('a'), source('b')]);
  expect(cited.list.map((entry) => [entry.source.id, entry.key, entry.anchor])).toEqual([
    ['b', '1', 'source-1'],
    ['a', '2', 'source-2'],
  ]);
  expect(cited.of(source('a')).key).toBe('2');
});
