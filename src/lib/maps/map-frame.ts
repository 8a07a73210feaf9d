import { geoEquirectangular, type GeoProjection } from 'd3-geo';

/**
 * The world map every page shares: an equirectangular projection (longitude
 * and latitude as x and y) cut to the latitudes where land with regions lies,
 * so the markers, the land outline and any test can agree on one frame.
 */
export const mapFrame = {
  /** Width of the frame in map units (the outline's viewBox). */
  width: 1000,
  /** Latitude of the frame's top and bottom edges, in degrees. */
  north: 84,
  south: -60,
} as const;

/** Map units per degree, the same along both axes. */
const unitsPerDegree = mapFrame.width / 360;

export const mapHeight = (mapFrame.north - mapFrame.south) * unitsPerDegree;

/** The d3 projection of the frame, for drawing the outline. */
export function mapProjection(): GeoProjection {
  return geoEquirectangular()
    .scale((unitsPerDegree * 180) / Math.PI)
    .translate([mapFrame.width / 2, mapFrame.north * unitsPerDegree]);
}

/** A part of the frame a map shows, in map units: the whole world, or an enlarged inset. */
export interface MapView {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const worldView: MapView = { x: 0, y: 0, width: mapFrame.width, height: mapHeight };

/** The view of a box of degrees (south, north, west, east), for an inset. */
export function viewOf(box: { south: number; north: number; west: number; east: number }): MapView {
  const projection = mapProjection();
  const [x0, y0] = projection([box.west, box.north])!;
  const [x1, y1] = projection([box.east, box.south])!;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Europe, enlarged: at world scale its regions (a dozen within 1,500 km) sit
 * on top of one another on a phone, so a map with several there shows them
 * again in this inset.
 */
export const europeView: MapView = viewOf({ south: 36, north: 63, west: -11, east: 31 });

/** Where a point lies in a view, as fractions of its width and height (0 to 1 from the top left; outside the view below 0 or above 1). */
export function projectToFrame(latitude: number, longitude: number, view: MapView = worldView): { x: number; y: number } {
  const [x, y] = mapProjection()([longitude, latitude])!;
  return { x: (x - view.x) / view.width, y: (y - view.y) / view.height };
}
