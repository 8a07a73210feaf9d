import type { Region } from '../facts/dataset-schema.ts';
import { regionRoute } from '../site-data/page-routes.ts';
import { europeView, type MapView } from './map-frame.ts';
import { locateRegions, type LocatedRegion } from './locate-regions.ts';
import { placeMarkers, type PlacedMarker } from './place-markers.ts';

/**
 * What a marker stands for, which sets its shape and colour: on a model page
 * the capability there; on a region page the region itself and its
 * neighbours; on the matrix page a region of the filter.
 */
export type MarkerKind = 'deployment' | 'fine-tuning' | 'both' | 'here' | 'nearby' | 'region';

export const markerKindLabels: Record<MarkerKind, string> = {
  deployment: 'Deployment',
  'fine-tuning': 'Fine-tuning',
  both: 'Deployment and fine-tuning',
  here: 'This region',
  nearby: 'Nearby region',
  region: 'Region',
};

export interface MarkedRegion {
  region: Region;
  kind: MarkerKind;
}

export interface MapMarker extends PlacedMarker<LocatedRegion & { kind: MarkerKind }> {
  href: string;
  /** The marker's accessible name and tooltip: name, code and what it stands for. */
  label: string;
}

/** How many markers in Europe call for its enlarged inset. */
const insetFrom = 4;

export interface RegionMapModel {
  markers: MapMarker[];
  /** Europe again, enlarged, when several markers crowd it. */
  inset?: { name: string; view: MapView; markers: MapMarker[] };
  /** Regions with no published place: the page lists them under the map. */
  unlocated: MarkedRegion[];
  /** The kinds of the markers, in legend order. */
  kinds: MarkerKind[];
}

const legendOrder = Object.keys(markerKindLabels) as MarkerKind[];

/** Everything a map shows for `marked`, one marker per region. */
export function regionMap(marked: readonly MarkedRegion[]): RegionMapModel {
  const kinds = new Map(marked.map(({ region, kind }) => [region.id, kind]));
  const { located, unlocated } = locateRegions(marked.map(({ region }) => region));
  const places = located.map((place) => ({ ...place, kind: kinds.get(place.region.id)! }));
  const markersIn = (view?: MapView) =>
    placeMarkers(places, view).map((marker) => ({
      ...marker,
      href: regionRoute(marker.place.region.id),
      label: `${marker.place.region.name} (${marker.place.region.code}): ${markerKindLabels[marker.place.kind]}`,
    }));
  const markers = markersIn();
  const europe = markersIn(europeView);
  return {
    markers,
    ...(europe.length >= insetFrom && { inset: { name: 'Europe', view: europeView, markers: europe } }),
    unlocated: unlocated.map((region) => ({ region, kind: kinds.get(region.id)! })),
    kinds: legendOrder.filter((kind) => markers.some((marker) => marker.place.kind === kind)),
  };
}
