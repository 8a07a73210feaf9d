import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { mapFrame, mapHeight, mapProjection } from './map-frame.ts';

/** The id of the land path inside the outline file, for `<use href="…#land">`. */
export const landElementId = 'land';

/** Where the site serves the outline: one file every map page shares. */
export const landOutlineRoute = '/maps/land.svg';

/**
 * The land of Natural Earth's 1:110m map (world-atlas) projected into the
 * map frame, as one SVG file with a single path. Coordinates are rounded to
 * a tenth of a map unit: finer than a pixel at any width the pages use.
 */
export function landOutlineSvg(): string {
  const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land);
  // Land south of the frame (Antarctica) is cut away rather than shipped.
  const projection = mapProjection().clipExtent([
    [0, 0],
    [mapFrame.width, mapHeight],
  ]);
  const d = geoPath(projection).digits(1)(land) ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapFrame.width} ${mapHeight}">`,
    '<!-- Land outline: Natural Earth (public domain), 1:110m, via world-atlas. -->',
    `<path id="${landElementId}" d="${d}"/>`,
    '</svg>',
    '',
  ].join('\n');
}
