import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset, Model } from '../../src/lib/facts/dataset-schema.ts';
import { siteDataset } from './matrix-page.ts';
import { openSite } from './open-site.ts';

const dataset: Dataset = siteDataset();
const session = openSite();
let page: Page;

/** The ranking Starlight's search box passes to Pagefind, read from the built script, so these searches rank as the reader's do. */
function siteRanking(): Record<string, unknown> {
  const assets = path.join(path.resolve(process.env.DIST_DIR ?? 'dist'), '_astro');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    // A minified object literal, one level deep (`metaWeights:{…}`): keys are quoted and `.1` written `0.1` to read it as JSON.
    const found = /ranking:(\{(?:[^{}]|\{[^{}]*\})*\})/.exec(readFileSync(path.join(assets, file), 'utf8'));
    if (found) return JSON.parse(found[1]!.replace(/([{,])([\w$]+):/g, '$1"$2":').replace(/:\./g, ':0.')) as Record<string, unknown>;
  }
  throw new Error('No Pagefind ranking found in the built scripts');
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
  regions?: string;
}

interface PagefindApi {
  options(options: object): Promise<void>;
  search(query: string): Promise<{ results: { data: () => Promise<unknown> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

async function search(query: string): Promise<Hit[]> {
  return page.evaluate(
    async ({ query, ranking }) => {
      const pagefind = (window as unknown as { pagefind: PagefindApi }).pagefind;
      await pagefind.options({ ranking });
      const response = await pagefind.search(query);
      const hits = await Promise.all(response.results.slice(0, 12).map((result) => result.data()));
      return hits.map((hit) => {
        const data = hit as { url: string; excerpt: string; meta: Record<string, string> };
        return { url: data.url, title: data.meta.title!, excerpt: data.excerpt.replace(/<[^>]+>/g, ''), regions: data.meta.regions };
      });
    },
    { query, ranking: siteRanking() },
  );
}

beforeAll(async () => {
  page = await session.browser.newPage();
  await page.goto(`${session.site.url}/`);
  // Loaded by the page itself, the way Starlight's search box loads it.
  await page.addScriptTag({ type: 'module', content: "window.pagefind = await import('/pagefind/pagefind.js');" });
  await page.waitForFunction(() => 'pagefind' in window);
});

const regionCount = (model: Model) => new Set(dataset.availability.filter((fact) => fact.model === model.id).map((fact) => fact.region)).size;
const modelNamed = (name: string) => dataset.models.find((model) => model.name === name);
const modelWithId = (id: string) => dataset.models.find((model) => model.modelIds.includes(id));

describe('a model’s name or id finds its page first, with its region count', () => {
  test.each([
    ['Gemini 2.0 Flash', () => modelNamed('Gemini 2.0 Flash')],
    ['gemini-2.0-flash-001', () => modelWithId('gemini-2.0-flash-001')],
    ['Cohere Command R+', () => modelNamed('Cohere Command R+')],
  ])('%s', async (query, find) => {
    const model = find();
    expect(model, `no model for ${query} in the dataset`).toBeDefined();
    const [first] = await search(query);
    const count = regionCount(model!);
    expect(first?.url).toBe(`/models/${model!.id}/`);
    expect(first?.title).toBe(model!.name);
    expect(first?.regions).toBe(String(count));
    expect(first?.excerpt).toContain(`${count} ${count === 1 ? 'region' : 'regions'}`);
  });
});

test('a hyphenated model name finds its page first, titled as the model is named', async () => {
  const model = modelNamed('Gemini 2.0 Flash-Lite');
  expect(model, 'no Gemini 2.0 Flash-Lite in the dataset').toBeDefined();
  const [first] = await search('Gemini 2.0 Flash-Lite');
  expect(first?.url).toBe(`/models/${model!.id}/`);
  expect(first?.title).toBe('Gemini 2.0 Flash-Lite');
  expect(first?.regions).toBe(String(regionCount(model!)));
});

describe('a region’s code or name finds its page first', () => {
  test.each([
    ['us-east5', (code: string) => dataset.regions.find((region) => region.code === code)],
    ['Sweden Central', (name: string) => dataset.regions.find((region) => region.name === name)],
    ['swedencentral', (code: string) => dataset.regions.find((region) => region.code === code)],
  ])('%s', async (query, find) => {
    const region = find(query);
    expect(region, `no region for ${query} in the dataset`).toBeDefined();
    const [first] = await search(query);
    expect(first?.url).toBe(`/regions/${region!.id}/`);
  });
});

test('Llama lists the Llama models of both providers above any guide', async () => {
  const llamas = dataset.models.filter((model) => /llama/i.test(model.name));
  expect(new Set(llamas.map((model) => model.provider)).size).toBe(2);
  const hits = (await search('Llama')).map((hit) => hit.url);
  const firstOther = hits.findIndex((url) => !url.startsWith('/models/') && !url.startsWith('/publishers/'));
  const above = hits.slice(0, firstOther === -1 ? hits.length : firstOther);
  const providers = new Set(llamas.filter((model) => above.includes(`/models/${model.id}/`)).map((model) => model.provider));
  expect(providers).toEqual(new Set(['azure', 'google-cloud']));
  expect(above.filter((url) => url.startsWith('/models/')).every((url) => llamas.some((model) => url === `/models/${model.id}/`))).toBe(true);
});

describe('short model tokens do not break the query', () => {
  test.each([
    ['R+', /R\+/],
    ['3.5', /3\.5/],
    ['@005', /@005/],
  ])('%s finds a model whose name or id holds it', async (query, pattern) => {
    const hits = await search(query);
    const first = dataset.models.find((model) => `/models/${model.id}/` === hits[0]?.url);
    expect(first, `first hit ${hits[0]?.url}`).toBeDefined();
    expect([first!.name, ...first!.modelIds].join(' ')).toMatch(pattern);
  });
});

test('model pages carry search filters for provider, publisher and capability', async () => {
  const filters = await page.evaluate(async () => {
    return (window as unknown as { pagefind: PagefindApi }).pagefind.filters();
  });
  const providers = { azure: 'Azure', 'google-cloud': 'Google Cloud' } as const;
  const keys = (filter: Record<string, number> | undefined) => Object.keys(filter ?? {}).sort();
  const sorted = (values: string[]) => [...new Set(values)].sort();
  expect(keys(filters.provider)).toEqual(sorted(dataset.models.map((model) => providers[model.provider])));
  expect(keys(filters.publisher)).toEqual(sorted(dataset.models.map((model) => model.publisher!)));
  expect(keys(filters.geography)).toEqual(sorted(dataset.regions.map((region) => region.geography)));
  // The seeds hold deployment facts only.
  expect(keys(filters.capability)).toEqual(['Deployment']);
});

describe('the search box shows what a reader reads', () => {
  /** Types a query into Starlight's search box and returns its first result, once loaded. */
  async function firstResult(query: string) {
    const reader = await session.browser.newPage();
    await reader.goto(`${session.site.url}/`);
    await reader.locator('site-search button[data-open-modal]').click();
    await reader.locator('#starlight__search input').fill(query);
    const result = reader.locator('#starlight__search .pagefind-ui__result').first();
    // A result shows placeholder dots in a loading title until its data arrives.
    await result.locator('.pagefind-ui__result-title:not(.pagefind-ui__loading)').first().waitFor();
    return result;
  }

  test('a model result is titled with the model’s name and tagged with its region count alone', async () => {
    const model = modelNamed('Gemini 2.0 Flash-Lite')!;
    const result = await firstResult('Gemini 2.0 Flash-Lite');
    await expect(result.locator('.pagefind-ui__result-title').first().innerText()).resolves.toBe('Gemini 2.0 Flash-Lite');
    await expect(result.locator('.pagefind-ui__result-tag:visible').allInnerTexts()).resolves.toEqual([`Regions: ${regionCount(model)}`]);
  });

  test('a result with no tag to show shows no tag list', async () => {
    const result = await firstResult('serverless');
    await expect(result.locator('.pagefind-ui__result-link').first().getAttribute('href')).resolves.toMatch(/^\/guides\//);
    await expect(result.locator('.pagefind-ui__result-tags:visible').count()).resolves.toBe(0);
  });
});
