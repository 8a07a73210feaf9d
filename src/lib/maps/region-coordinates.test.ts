import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * The registries' coordinates against boxes drawn by hand around each
 * geography's land (degrees: south, north, west, east), an oracle apart from
 * the data files: a swapped sign or latitude for longitude lands outside.
 */
const geographyBoxes: Record<string, [number, number, number, number][]> = {
  'United States': [[24, 50, -125, -66]],
  Canada: [[42, 70, -141, -52]],
  Mexico: [[14, 33, -118, -86]],
  'South America': [[-56, 13, -82, -34]],
  Europe: [[35, 72, -11, 32]],
  'Asia Pacific': [[-48, 46, 68, 179]],
  'Middle East': [[12, 38, 34, 60]],
  Africa: [[-35, 37, -18, 52]],
};

interface Entry {
  code: string;
  name: string;
  geography: string;
  latitude?: number;
  longitude?: number;
}

const registry = (file: string) => JSON.parse(readFileSync(new URL(`../../data/regions/${file}`, import.meta.url), 'utf8')) as { coordinates: { $comment: string; source: string }; regions: Entry[] };
const files = { azure: registry('azure.json'), 'google-cloud': registry('google-cloud.json') };

describe.each(Object.entries(files))('%s', (_, data) => {
  test('names where its coordinates come from', () => {
    expect(data.coordinates.source).toMatch(/^https:\/\//);
    expect(data.coordinates.$comment.length).toBeGreaterThan(100);
  });

  test.each(data.regions.filter((region) => region.latitude !== undefined).map((region) => [region.code, region] as const))('%s lies in its geography', (_, region) => {
    const boxes = geographyBoxes[region.geography];
    expect(boxes, region.geography).toBeDefined();
    const inside = boxes!.some(([south, north, west, east]) => region.latitude! >= south && region.latitude! <= north && region.longitude! >= west && region.longitude! <= east);
    expect(inside, `${region.latitude}, ${region.longitude}`).toBe(true);
  });

  test('gives latitude and longitude together or neither', () => {
    for (const region of data.regions) expect(region.latitude === undefined, region.code).toBe(region.longitude === undefined);
  });

  test('every region without coordinates is named in the note on coordinates', () => {
    const note = data.coordinates.$comment;
    for (const region of data.regions.filter((entry) => entry.latitude === undefined)) {
      expect(note.includes(`\`${region.code}\``) || note.includes(region.name), region.code).toBe(true);
    }
  });
});

test('the seeds’ regions with a place: all 7 Azure regions and every Google Cloud region but the global endpoint', () => {
  const withPlace = (entries: Entry[]) => entries.filter((region) => region.latitude !== undefined).length;
  expect(withPlace(files.azure.regions)).toBe(53);
  expect(withPlace(files['google-cloud'].regions)).toBe(38);
});
