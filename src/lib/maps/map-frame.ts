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

/** Where a point lies in the frame, as fractions of its width and height (0 to 1 from the top left). */
export function projectToFrame(latitude: number, longitude: number): { x: number; y: number } {
  const [x, y] = mapProjection()([longitude, latitude])!;
  return { x: x / mapFrame.width, y: y / mapHeight };
}
