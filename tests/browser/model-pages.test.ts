import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { siteDataset } from './matrix-page.ts';
import { axeViolations, type AxeViolation, saveScreenshot, useTheme, viewports } from './support.ts';
import { openSite } from './open-site.ts';

const dataset: Dataset = siteDataset();
const session = openSite();

/** The model with the most regions: the page with the most to get right. */
const model = [...dataset.models].sort(
  (a, b) => dataset.availability.filter((fact) => fact.model === b.id).length - dataset.availability.filter((fact) => fact.model === a.id).length,
)[0]!;
const region = dataset.regions.find((item) => item.code === 'swedencentral') ?? dataset.regions[0]!;
const sources = new Map(dataset.sources.map((source) => [source.id, source]));

async function open(path: string, options = viewports.desktop) {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${session.site.url}${path}`);
  return { page, close: () => context.close() };
}

describe('model page', () => {
  test('lists every region of the model with its line, and names each source once with its date', async () => {
    const { page, close } = await open(`/models/${model.id}/`);
    const items = await page.locator('.model-page__capability .fact-list__item').evaluateAll((list) =>
      list.map((item) => ({
        region: item.querySelector('a')!.getAttribute('href'),
        line: item.querySelector('.fact-line')!.textContent!.replace(/\s+/g, ' ').trim(),
        anchor: item.querySelector<HTMLAnchorElement>('.fact-line__source')?.getAttribute('href') ?? null,
      })),
    );
    const listed = await page.locator('.source-list li, .source-list--one').evaluateAll((list) =>
      list.map((entry) => ({ id: entry.id, text: entry.textContent!.replace(/\s+/g, ' ').trim(), href: entry.querySelector('a')!.getAttribute('href') })),
    );
    const facts = dataset.availability.filter((fact) => fact.model === model.id);
    expect(items.map((item) => item.region).sort()).toEqual(facts.map((fact) => `/regions/${fact.region}/`).sort());
    const cited = [...new Set(facts.map((fact) => fact.source))];
    expect(listed).toHaveLength(cited.length);
    for (const fact of facts) {
      const source = sources.get(fact.source)!;
      const item = items.find((entry) => entry.region === `/regions/${fact.region}/` && entry.line.endsWith(`line ${fact.line}`));
      expect(item, `${fact.region} line ${fact.line}`).toBeDefined();
      // The source is named once, in the list: by number beside the fact when the page cites several.
      const entry = item!.anchor ? listed.find((candidate) => `#${candidate.id}` === item!.anchor) : listed[0];
      expect(entry!.text).toContain(`${source.title}${source.date ? `, ${source.date}` : ''}`);
      if (source.url) expect(entry!.href).toBe(source.url);
    }
    await close();
  });

  test('shows offers, model ids and the publisher’s models on other providers', async () => {
    const withOffers = dataset.models.find((item) => dataset.offers.some((offer) => offer.model === item.id));
    const shared = dataset.models.find((item) => dataset.models.some((other) => other.provider !== item.provider && other.publisherId === item.publisherId));
    expect(withOffers && shared).toBeTruthy();
    const offers = await open(`/models/${withOffers!.id}/`);
    const markets = await offers.page.locator('h2:has-text("Where it can be bought") + ul > li').evaluateAll((list) => list.map((li) => li.childNodes[0]!.textContent!.trim()));
    expect(markets).toEqual(dataset.offers.filter((offer) => offer.model === withOffers!.id).map((offer) => offer.market));
    await offers.close();

    const elsewhere = await open(`/models/${shared!.id}/`);
    const links = await elsewhere.page.locator(`h2:has-text("on other providers") ~ section a`).evaluateAll((list) => list.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(
      dataset.models.filter((other) => other.provider !== shared!.provider && other.publisherId === shared!.publisherId).map((other) => `/models/${other.id}/`).sort(),
    );
    await elsewhere.close();
  });

  test('a family row says the source names only the family', async () => {
    const family = dataset.models.find((item) => item.scope === 'family');
    expect(family).toBeDefined();
    const { page, close } = await open(`/models/${family!.id}/`);
    await expect(page.locator('.model-page__family').textContent()).resolves.toContain('The source names only the family');
    const plain = await open(`/models/${model.scope === 'model' ? model.id : dataset.models.find((item) => item.scope === 'model')!.id}/`);
    await expect(plain.page.locator('.model-page__family').count()).resolves.toBe(0);
    await plain.close();
    await close();
  });

  test('reads as a list on a phone: nothing runs off the side', async () => {
    const { page, close } = await open(`/models/${model.id}/`, viewports.phone);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewports.phone.viewport.width);
    await close();
  });
});

describe('region page', () => {
  test('lists every model available there, by capability', async () => {
    const { page, close } = await open(`/regions/${region.id}/`);
    const models = await page.locator('.region-page section .fact-list__item > a').evaluateAll((list) => list.map((a) => a.getAttribute('href')));
    expect(models.sort()).toEqual(dataset.availability.filter((fact) => fact.region === region.id).map((fact) => `/models/${fact.model}/`).sort());
    await close();
  });
});

test('publisher page puts a publisher’s models on each provider side by side', async () => {
  const publisherId = dataset.models.find((item) => dataset.models.some((other) => other.provider !== item.provider && other.publisherId === item.publisherId))!.publisherId!;
  const { page, close } = await open(`/publishers/${publisherId}/`);
  const columns = await page.locator('.publisher-page__provider').evaluateAll((sections) =>
    sections.map((section) => [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
  );
  const byProvider = ['azure', 'google-cloud'].map((provider) =>
    dataset.models.filter((item) => item.provider === provider && item.publisherId === publisherId).map((item) => `/models/${item.id}/`),
  );
  expect(columns).toEqual(byProvider.filter((list) => list.length > 0));
  await close();
});

test('data quality page lists every diagnostic with its line, by source', async () => {
  const { page, close } = await open('/data-quality/');
  // The extractor's problems; those rendering the guides found besides follow in #guides.
  const items = await page.locator('.quality-group__item:not(#guides *)').count();
  expect(items).toBe(dataset.diagnostics.length);
  const groups = await page.locator('.quality-group__path code').allTextContents();
  expect(groups.sort()).toEqual([...new Set(dataset.diagnostics.map((d) => d.source))].sort());
  await close();
});

describe('downloads', () => {
  test('the CSV has one row per fact and the JSON Schema describes the dataset', async () => {
    const csv = await (await fetch(`${session.site.url}/data/availability.csv`)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('provider,model,model_ids,region,region_code,geography,capability,deployment_type,source,date,line');
    expect(lines).toHaveLength(dataset.availability.length + 1);
    const schema = (await (await fetch(`${session.site.url}/data/availability.schema.json`)).json()) as {
      properties: Record<string, { items?: { properties: Record<string, unknown>; required?: string[] } }>;
    };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'sources', 'regions', 'models', 'availability', 'offers', 'diagnostics']));
    // deploymentType, a model's version and a region's cloud are optional fields of their items.
    for (const [list, field] of [['availability', 'deploymentType'], ['models', 'version'], ['regions', 'cloud']] as const) {
      expect(Object.keys(schema.properties[list]!.items!.properties)).toContain(field);
      expect(schema.properties[list]!.items!.required).not.toContain(field);
    }
  });
});

describe('screenshots and axe, light and dark, desktop and phone', () => {
  const pages = [
    ['matrix', '/availability/'],
    ['model', `/models/${model.id}/`],
    ['region', `/regions/${region.id}/`],
  ] as const;
  for (const [name, path] of pages) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${name}, ${theme}`, async () => {
        const violations: Record<string, AxeViolation[]> = {};
        for (const device of ['desktop', 'phone'] as const) {
          const context = await session.browser.newContext(viewports[device]);
          const page = await context.newPage();
          await useTheme(page, theme);
          await page.goto(`${session.site.url}${path}`);
          if (name === 'matrix') {
            // Rows out of view are not rendered (content-visibility), so the matrix is shot where a reader scrolls to it.
            await page.locator('.matrix__scroller').scrollIntoViewIfNeeded();
            await saveScreenshot(page, `${name}-${device}-${theme}`, false);
          } else {
            await saveScreenshot(page, `${name}-${device}-${theme}`);
          }
          violations[device] = await axeViolations(page);
          await context.close();
        }
        expect(violations).toEqual({ desktop: [], phone: [] });
      });
    }
  }
});
