import type { Region } from '../facts/dataset-schema.ts';
import { regionRegistries } from '../facts/region-registry.ts';
import type { GeoPoint } from './great-circle.ts';

export interface LocatedRegion extends GeoPoint {
  region: Region;
}

/** Where the provider places a region, from its registry; undefined for a region with no published place (`global`). */
export function locateRegion(region: Region): LocatedRegion | undefined {
  const entry = regionRegistries[region.provider].find(region.code);
  if (entry?.latitude === undefined || entry.longitude === undefined) return undefined;
  return { region, latitude: entry.latitude, longitude: entry.longitude };
}

/** Splits regions into those with a place, in their order, and those without, which pages list under the map. */
export function locateRegions(regions: readonly Region[]): { located: LocatedRegion[]; unlocated: Region[] } {
  const located: LocatedRegion[] = [];
  const unlocated: Region[] = [];
  for (const region of regions) {
    const place = locateRegion(region);
    if (place) located.push(place);
    else unlocated.push(region);
  }
  return { located, unlocated };
}
