import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Dataset, Region } from '../../src/lib/facts/dataset-schema.ts';
import { applyFilter, openMatrix, siteDataset } from './matrix-page.ts';
import { openSite } from './open-site.ts';
import { saveScreenshot, useTheme, viewports } from './support.ts';

const dataset: Dataset = siteDataset();
const session = openSite();

/**
 * The registries' coordinates, read from the data files themselves, and the
 * frame the pages promise (equirectangular, 84° N to 60° S, 1000 × 400): the
 * oracle below projects with its own arithmetic, not with the site's modules.
 */
const registryFile = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../src/data/regions/${name}.json`, import.meta.url), 'utf8')) as { regions: { code: string; latitude?: number; longitude?: number }[] }).regions;
const coordinates = new Map<string, { latitude?: number; longitude?: number }>(
  (['azure', 'google-cloud'] as const).flatMap((provider) => registryFile(provider).map((entry) => [`${provider}-${entry.code}`, entry] as const)),
);
const placeOf = (region: Region) => {
  const entry = coordinates.get(region.id);
  return entry?.latitude === undefined ? undefined : { latitude: entry.latitude, longitude: entry.longitude! };
};
const frame = { north: 84, south: -60 };

function expectedPoint(box: { left: number; top: number; width: number; height: number }, latitude: number, longitude: number) {
  return {
    x: box.left + ((longitude + 180) / 360) * box.width,
    y: box.top + ((frame.north - latitude) / (frame.north - frame.south)) * box.height,
  };
}

function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const s = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(s));
}

interface RenderedMarker {
  region: string;
  href: string;
  label: string;
  x: number;
  y: number;
  /** Whether the marker was moved off its spot to stand apart from a neighbour in the same city. */
  spread: boolean;
  /** The marker's target, whose size a pointer or finger needs. */
  target: { width: number; height: number };
  shown: boolean;
}

function renderedMarkers(page: Page, part = '.region-map__world'): Promise<{ frame: { left: number; top: number; width: number; height: number }; markers: RenderedMarker[] }> {
  return page.evaluate((selector) => {
    const map = document.querySelector(`.region-map ${selector}`)!;
    const box = map.querySelector('.region-map__frame')!.getBoundingClientRect();
    const markers = [...map.querySelectorAll<SVGAElement>('.region-map__marker')].map((marker) => {
      const shape = marker.querySelector('.map-shape')!.getBoundingClientRect();
      const target = marker.querySelector('.region-map__target')!.getBoundingClientRect();
      return {
        region: marker.dataset.region!,
        href: marker.getAttribute('href')!,
        label: marker.getAttribute('aria-label')!,
        x: shape.left + shape.width / 2,
        y: shape.top + shape.height / 2,
        spread: marker.querySelector('g')!.hasAttribute('transform'),
        target: { width: target.width, height: target.height },
        shown: marker.checkVisibility(),
      };
    });
    return { frame: { left: box.left, top: box.top, width: box.width, height: box.height }, markers };
  }, part);
}

async function open(path: string, options: object = viewports.desktop) {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${session.site.url}${path}`, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

const commandRPlus = dataset.models.find((model) => model.name === 'Cohere Command R+')!;

describe('Cohere Command R+’s map', () => {
  test.each(['desktop', 'phone'] as const)('shows its 7 regions where the registry places them (%s)', async (device) => {
    const { page, close } = await open(`/models/${commandRPlus.id}/`, viewports[device]);
    const { frame: box, markers } = await renderedMarkers(page);
    const regions = [...new Set(dataset.availability.filter((fact) => fact.model === commandRPlus.id).map((fact) => fact.region))].sort();
    expect(regions).toHaveLength(7);
    expect(markers.map((marker) => marker.region).sort()).toEqual(regions);
    for (const marker of markers) {
      const region = dataset.regions.find((item) => item.id === marker.region)!;
      const place = placeOf(region)!;
      const expected = expectedPoint(box, place.latitude, place.longitude);
      expect(marker.href).toBe(`/regions/${region.id}/`);
      expect(marker.label).toBe(`${region.name} (${region.code}): Deployment`);
      // A marker sits on its place to the pixel; one spread apart from a same-city neighbour stays within a ring of 24 px.
      const off = Math.hypot(marker.x - expected.x, marker.y - expected.y);
      expect(off, `${region.id} is ${off.toFixed(1)} px off`).toBeLessThanOrEqual(marker.spread ? 24 : 1);
      expect(marker.target.width).toBeGreaterThanOrEqual(24);
      expect(marker.target.height).toBeGreaterThanOrEqual(24);
    }
    // East US and East US 2, both in Virginia, are apart: their dots do not touch.
    const spread = markers.filter((marker) => marker.spread);
    expect(spread.map((marker) => marker.region).sort()).toEqual(['azure-eastus', 'azure-eastus2']);
    expect(Math.hypot(spread[0]!.x - spread[1]!.x, spread[0]!.y - spread[1]!.y)).toBeGreaterThanOrEqual(12);
    await close();
  });

  test('the land comes from one shared file, drawn by reference, and the map comes before the list', async () => {
    const { page, close } = await open(`/models/${commandRPlus.id}/`);
    const html = await (await fetch(`${session.site.url}/models/${commandRPlus.id}/`)).text();
    expect(html).not.toContain('<path id="land"');
    expect(html).toContain('<use href="/maps/land.svg#land">');
    const asset = await (await fetch(`${session.site.url}/maps/land.svg`)).text();
    expect(asset).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1000 400">/);
    expect(asset).toMatch(/<path id="land" d="M[\d.,LMZ-]+"\/>/);
    // Chromium drew the referenced land across the whole frame (a missing reference has an empty box).
    const land = await page.locator('.region-map__land use').evaluate((use) => (use as SVGUseElement).getBBox().width);
    expect(land).toBeGreaterThan(950);
    const order = await page.evaluate(() => {
      const map = document.querySelector('.region-map')!;
      const list = document.querySelector('.model-page__capability')!;
      return Boolean(map.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    await close();
  });

  test('in forced colours the coast and the markers take system colours that stand out from the page', async () => {
    const context = await session.browser.newContext(viewports.desktop);
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${session.site.url}/models/${commandRPlus.id}/`, { waitUntil: 'networkidle' });
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.querySelector('.region-map__frame')!).backgroundColor,
      land: getComputedStyle(document.querySelector('.region-map__land')!).fill,
      coast: getComputedStyle(document.querySelector('.region-map__land')!).stroke,
      marker: getComputedStyle(document.querySelector('.map-shape')!).fill,
    }));
    expect(colours.coast).not.toBe(colours.page);
    expect(colours.coast).not.toBe('none');
    expect(colours.marker).not.toBe(colours.page);
    expect(colours.marker).not.toBe(colours.land);
    await page.locator('.region-map').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'maps-model-forced-colours', false);
    await context.close();
  });
});

test('a map crowded in Europe shows Europe again, enlarged, with the same markers where the registry places them', async () => {
  const model = dataset.models.find((item) => item.name === 'Gemini 1.5 Flash')!;
  const europe = { south: 36, north: 63, west: -11, east: 31 };
  const inEurope = [...new Set(dataset.availability.filter((fact) => fact.model === model.id).map((fact) => fact.region))].filter((id) => {
    const place = placeOf(dataset.regions.find((item) => item.id === id)!);
    return place && place.latitude >= europe.south && place.latitude <= europe.north && place.longitude >= europe.west && place.longitude <= europe.east;
  });
  expect(inEurope.length).toBeGreaterThanOrEqual(4);
  const { page, close } = await open(`/models/${model.id}/`, viewports.phone);
  const { frame: box, markers } = await renderedMarkers(page, '.region-map__inset');
  expect(markers.map((marker) => marker.region).sort()).toEqual(inEurope.sort());
  for (const marker of markers) {
    const place = placeOf(dataset.regions.find((item) => item.id === marker.region)!)!;
    const x = box.left + ((place.longitude - europe.west) / (europe.east - europe.west)) * box.width;
    const y = box.top + ((europe.north - place.latitude) / (europe.north - europe.south)) * box.height;
    // To a pixel and a half: the phone draws the inset at 2 device pixels per CSS pixel, and a dot's box snaps to them.
    expect(Math.hypot(marker.x - x, marker.y - y), marker.region).toBeLessThanOrEqual(marker.spread ? 24 : 1.5);
  }
  // The inset repeats the world map's links for pointers only: out of the tab order and the accessibility tree.
  await expect(page.locator('.region-map__inset a[tabindex="-1"]').count()).resolves.toBe(markers.length);
  await page.locator('.region-map__inset').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'maps-model-europe-inset-phone', false);
  await close();
});

describe('a region page', () => {
  const region = dataset.regions.find((item) => item.code === 'swedencentral')!;

  test('marks the region and links its nearest regions by great-circle distance, of any geography', async () => {
    const { page, close } = await open(`/regions/${region.id}/`);
    const here = placeOf(region)!;
    const expected = dataset.regions
      .filter((other) => other.id !== region.id && placeOf(other))
      .map((other) => ({ href: `/regions/${other.id}/`, km: haversineKm(here, placeOf(other)!) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 6);
    const listed = await page.locator('.region-page__nearby li').evaluateAll((items) =>
      items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, km: Number(item.textContent!.match(/([\d,]+) km$/)![1]!.replace(/,/g, '')) })),
    );
    expect(listed.map((item) => item.href)).toEqual(expected.map((item) => item.href));
    listed.forEach((item, index) => expect(Math.abs(item.km - expected[index]!.km), item.href).toBeLessThanOrEqual(1));
    const { frame: box, markers } = await renderedMarkers(page);
    expect(markers.map((marker) => marker.href).sort()).toEqual([`/regions/${region.id}/`, ...expected.map((item) => item.href)].sort());
    const mark = markers.find((marker) => marker.region === region.id)!;
    const point = expectedPoint(box, here.latitude, here.longitude);
    expect(Math.hypot(mark.x - point.x, mark.y - point.y)).toBeLessThanOrEqual(mark.spread ? 24 : 1);
    expect(mark.label).toBe(`${region.name} (${region.code}): This region`);
    await close();
  });

  test('a region with no place says so and is not on a map', async () => {
    const global = dataset.regions.find((item) => !placeOf(item))!;
    const { page, close } = await open(`/regions/${global.id}/`);
    await expect(page.locator('.region-map').count()).resolves.toBe(0);
    await expect(page.locator('.region-page__unlocated').textContent()).resolves.toContain('publishes no location');
    await close();
  });
});

describe('the matrix’s map', () => {
  const located = dataset.regions.filter((region) => placeOf(region)).map((region) => region.id).sort();
  const unlocated = dataset.regions.filter((region) => !placeOf(region)).map((region) => region.id).sort();
  const shownOnMap = (page: Page) =>
    page.evaluate(() => ({
      markers: [...document.querySelectorAll<SVGAElement>('.region-map__world .region-map__marker')].filter((marker) => marker.checkVisibility()).map((marker) => marker.dataset.region!).sort(),
      listed: [...document.querySelectorAll<HTMLElement>('.region-map__unlocated-list li')].filter((item) => item.checkVisibility()).map((item) => item.dataset.region!).sort(),
    }));

  test('without JavaScript it shows every region of the matrix, and names those with no place', async () => {
    const { page, close } = await open('/availability/', { ...viewports.desktop, javaScriptEnabled: false });
    await expect(shownOnMap(page)).resolves.toEqual({ markers: located, listed: unlocated });
    await close();
  });

  test('with the set question it shows the regions where every selected model is', async () => {
    const context = await session.browser.newContext(viewports.desktop);
    const page = await context.newPage();
    await openMatrix(page, session.site.url);
    const other = dataset.models.find((model) => model.name === 'Cohere Command R')!;
    await applyFilter(page, { models: [commandRPlus.id, other.id] });
    const regionsOf = (id: string) => new Set(dataset.availability.filter((fact) => fact.model === id).map((fact) => fact.region));
    const both = [...regionsOf(commandRPlus.id)].filter((id) => regionsOf(other.id).has(id));
    expect(both.length).toBeGreaterThan(0);
    await expect(shownOnMap(page)).resolves.toEqual({ markers: both.filter((id) => located.includes(id)).sort(), listed: both.filter((id) => unlocated.includes(id)).sort() });
    await applyFilter(page, { provider: 'google-cloud' });
    const google = dataset.regions.filter((region) => region.provider === 'google-cloud').map((region) => region.id);
    // Azure models and Google Cloud regions share no cell: nothing is left.
    await expect(shownOnMap(page)).resolves.toEqual({ markers: [], listed: [] });
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await applyFilter(page, { provider: 'google-cloud' });
    await expect(shownOnMap(page)).resolves.toEqual({ markers: google.filter((id) => located.includes(id)).sort(), listed: google.filter((id) => unlocated.includes(id)).sort() });
    await context.close();
  });
});

describe('weight on the wire, gzipped, fonts aside', () => {
  /**
   * Every file the page loads until the network is idle, the page itself
   * included, but fonts and the search box's script and index, which
   * Starlight fetches once the page is idle on every page (as bench:matrix counts).
   */
  async function pageWeight(path: string) {
    const context = await session.browser.newContext(viewports.desktop);
    const page = await context.newPage();
    const bodies: Promise<{ url: string; type: string; size: number }>[] = [];
    let loaded = false;
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'font' || response.url().includes('/pagefind/') || (loaded && type === 'script')) return;
      bodies.push(response.body().then((body) => ({ url: response.url(), type, size: gzipSync(body).length })));
    });
    await page.goto(`${session.site.url}${path}`, { waitUntil: 'load' });
    loaded = true;
    await page.waitForLoadState('networkidle');
    const document = gzipSync(await (await fetch(`${session.site.url}${path}`)).arrayBuffer()).length;
    const files = (await Promise.all(bodies)).filter((file) => new URL(file.url).pathname !== path);
    await context.close();
    const sum = (list: typeof files) => list.reduce((total, file) => total + file.size, 0);
    return { total: document + sum(files), script: sum(files.filter((file) => file.type === 'script')), urls: files.map((file) => file.url) };
  }

  test('Cohere Command R+’s page, its map outline included, is under 60 KB', async () => {
    const weight = await pageWeight(`/models/${commandRPlus.id}/`);
    expect(weight.urls.some((url) => url.endsWith('/maps/land.svg'))).toBe(true);
    expect(weight.total).toBeLessThanOrEqual(60 * 1024);
  });

  test('the matrix page’s JavaScript, its map included, stays under 15 KB', async () => {
    const weight = await pageWeight('/availability/');
    expect(weight.script).toBeGreaterThan(0);
    expect(weight.script).toBeLessThanOrEqual(15 * 1024);
  });
});

describe('screenshots', () => {
  const pages = [
    ['model', `/models/${commandRPlus.id}/`],
    ['region', `/regions/${dataset.regions.find((item) => item.code === 'swedencentral')!.id}/`],
    ['matrix', '/availability/'],
  ] as const;
  for (const [name, path] of pages) {
    test(`${name}: desktop and phone, light and dark`, async () => {
      for (const device of ['desktop', 'phone'] as const) {
        for (const theme of ['light', 'dark'] as const) {
          const context = await session.browser.newContext(viewports[device]);
          const page = await context.newPage();
          await useTheme(page, theme);
          await page.goto(`${session.site.url}${path}`, { waitUntil: 'networkidle' });
          await page.locator('.region-map').scrollIntoViewIfNeeded();
          await saveScreenshot(page, `maps-${name}-${device}-${theme}`, false);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(width).toBeLessThanOrEqual(viewports[device].viewport.width);
          await context.close();
        }
      }
    });
  }
});
