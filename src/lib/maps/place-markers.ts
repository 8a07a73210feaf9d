import { projectToFrame, worldView, type MapView } from './map-frame.ts';
import type { LocatedRegion } from './locate-regions.ts';

/** Markers whose places are closer than this share of the view's width share a spot (on the world map 4.3 degrees: one metro area). */
const sameSpotShare = 12 / 1000;

/** Radius of a marker's visible dot and of its target, in CSS pixels: the target is 24 × 24 px at least (WCAG 2.5.8). */
export const markerDotPx = 6;
export const markerTargetPx = 12;

export interface PlacedMarker<T extends LocatedRegion = LocatedRegion> {
  place: T;
  /** Position in the frame as fractions of its width and height. */
  x: number;
  y: number;
  /** Offset from that position in CSS pixels, so markers that share a spot sit side by side on a ring around it. */
  dx: number;
  dy: number;
}

/**
 * Projects each place and spreads those that share a spot (two regions in
 * one city) on a ring around their common centre, in screen pixels, so they
 * stay apart at any map width. Groups are formed transitively, in the order given.
 * Places outside `view` are left out.
 */
export function placeMarkers<T extends LocatedRegion>(places: readonly T[], view: MapView = worldView): PlacedMarker<T>[] {
  const projected = places.map((place) => ({ place, ...projectToFrame(place.latitude, place.longitude, view) }));
  const group = projected.map((_, index) => index);
  const root = (index: number): number => (group[index] === index ? index : (group[index] = root(group[index]!)));
  projected.forEach((a, i) => {
    projected.forEach((b, j) => {
      if (j <= i) return;
      const distance = Math.hypot(a.x - b.x, ((a.y - b.y) * view.height) / view.width);
      if (distance < sameSpotShare) group[root(j)] = root(i);
    });
  });
  const members = new Map<number, number[]>();
  projected.forEach((_, index) => members.set(root(index), [...(members.get(root(index)) ?? []), index]));
  const markers: PlacedMarker<T>[] = projected.map((entry) => ({ ...entry, dx: 0, dy: 0 }));
  for (const indexes of members.values()) {
    if (indexes.length < 2) continue;
    const centre = {
      x: indexes.reduce((sum, index) => sum + projected[index]!.x, 0) / indexes.length,
      y: indexes.reduce((sum, index) => sum + projected[index]!.y, 0) / indexes.length,
    };
    // Dots on the ring stay a pixel apart: the chord between neighbours is at least a dot's diameter plus one.
    const radius = (markerDotPx + 1) / Math.sin(Math.PI / indexes.length);
    indexes.forEach((index, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / indexes.length;
      markers[index] = { ...markers[index]!, x: centre.x, y: centre.y, dx: round(radius * Math.cos(angle)), dy: round(radius * Math.sin(angle)) };
    });
  }
  return markers.filter(({ x, y }) => x >= 0 && x <= 1 && y >= 0 && y <= 1);
}

const round = (value: number) => Math.round(value * 10) / 10;
