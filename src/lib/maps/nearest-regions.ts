import type { Region } from '../facts/dataset-schema.ts';
import { greatCircleKm } from './great-circle.ts';
import { locateRegion } from './locate-regions.ts';

export interface NearbyRegion {
  region: Region;
  /** Great-circle distance from the region, in whole kilometres. */
  km: number;
}

/**
 * The `count` regions nearest to `region` by great-circle distance, of any
 * provider and geography, nearest first (ties in the order given). Empty when
 * the region has no published place.
 */
export function nearestRegions(region: Region, regions: readonly Region[], count: number): NearbyRegion[] {
  const here = locateRegion(region);
  if (!here) return [];
  return regions
    .filter((other) => other.id !== region.id)
    .flatMap((other) => {
      const there = locateRegion(other);
      return there ? [{ region: other, km: Math.round(greatCircleKm(here, there)) }] : [];
    })
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}
