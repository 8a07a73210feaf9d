import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { siteDataset } from './matrix-page.ts';
import { openSite } from './open-site.ts';
import { axeViolations, saveScreenshot, useTheme, viewports } from './support.ts';

const dataset: Dataset = siteDataset();
const session = openSite();

/**
 * The oracle: the seeds' history removes nothing (the newer version's tables
 * are in a missing include), so each date's changes are exactly the dataset's
 * facts whose source carries that date.
 */
const sourceDates = new Map(dataset.sources.map((source) => [source.id, source.date]));
const expectedDays = [...new Set(dataset.availability.map((fact) => sourceDates.get(fact.source)!))]
  .sort()
  .reverse()
  .map((date) => {
    const facts = dataset.availability.filter((fact) => sourceDates.get(fact.source) === date);
    return { date, added: facts.length, removed: 0, models: new Set(facts.map((fact) => fact.model)).size, regions: new Set(facts.map((fact) => fact.region)).size };
  });

async function open(path: string, options: object = viewports.desktop) {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${session.site.url}${path}`);
  return { page, close: () => context.close() };
}

const readDays = (page: import('playwright-core').Page) =>
  page.locator('[data-change-day]:not([hidden])').evaluateAll((days) =>
    days.map((day) => {
      const count = (key: string) => Number(day.querySelector(`[data-count="${key}"]`)!.textContent);
      return { date: day.getAttribute('data-change-day'), added: count('added'), removed: count('removed'), models: count('models'), regions: count('regions'), rows: day.querySelectorAll('tr[data-kind]:not([hidden])').length };
    }),
  );

describe('/changes/', () => {
  test('lists the changes by date, newest first, with counts per date', async () => {
    const { page, close } = await open('/changes/');
    expect(await readDays(page)).toEqual(expectedDays.map((day) => ({ ...day, rows: day.added })));
    expect(await page.locator('h2 time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(expectedDays.map((day) => day.date));
    await close();
  });

  test('each change links to its model, its region and its source upstream', async () => {
    const { page, close } = await open('/changes/');
    const fact = dataset.availability.find((item) => item.source.startsWith('azure'))!;
    const row = page.locator(`tr[data-model="${fact.model}"][data-region="${fact.region}"]`).first();
    expect(await row.locator(`a[href="/models/${fact.model}/"]`).count()).toBe(1);
    expect(await row.locator(`a[href="/regions/${fact.region}/"]`).count()).toBe(1);
    // A dated version has no commit: it links to the article's history in the source's repository.
    expect(await row.locator('a', { hasText: 'file history upstream' }).getAttribute('href')).toBe(
      'https://github.com/MicrosoftDocs/azure-ai-docs/commits/main/articles/ai-studio/how-to/deploy-models-serverless-availability.md',
    );
    expect(await row.locator('.changes__source').textContent()).toContain(`line ${fact.line} of azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability@2024-05-21.md`);
    await close();
  });

  test('filters by provider, model, region and kind, with the filter in the URL', async () => {
    const fact = dataset.availability.find((item) => item.source.startsWith('cloud'))!;
    const { page, close } = await open('/changes/');
    await page.selectOption('select[name="model"]', fact.model);
    expect(new URL(page.url()).search).toBe(`?model=${fact.model}`);
    const ofModel = dataset.availability.filter((item) => item.model === fact.model);
    expect((await readDays(page)).map((day) => day.rows)).toEqual([ofModel.length]);
    expect(await page.locator('[data-changes-status]').textContent()).toBe(`${ofModel.length} ${ofModel.length === 1 ? 'change' : 'changes'} on 1 date shown.`);
    await page.selectOption('select[name="kind"]', 'removed');
    expect(new URL(page.url()).search).toBe(`?model=${fact.model}&kind=removed`);
    expect(await readDays(page)).toEqual([]);
    await page.goBack();
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('');
    await close();

    const opened = await open(`/changes/?provider=azure&region=${'azure-eastus'}`);
    const expected = dataset.availability.filter((item) => item.region === 'azure-eastus');
    expect((await readDays(opened.page)).reduce((sum, day) => sum + day.rows, 0)).toBe(expected.length);
    expect(await opened.page.locator('select[name="region"]').inputValue()).toBe('azure-eastus');
    await opened.close();
  });

  test('without JavaScript every change shows', async () => {
    const { page, close } = await open('/changes/?kind=removed', { ...viewports.desktop, javaScriptEnabled: false });
    expect(await page.locator('tr[data-kind]:visible').count()).toBe(dataset.availability.length);
    await close();
  });

  test('is axe-clean on desktop in light and on a phone in dark', async () => {
    const violations: Record<string, unknown[]> = {};
    for (const [device, theme] of [['desktop', 'light'], ['phone', 'dark']] as const) {
      {
        const context = await session.browser.newContext(viewports[device]);
        const page = await context.newPage();
        await useTheme(page, theme);
        await page.goto(`${session.site.url}/changes/`);
        await saveScreenshot(page, `changes-${device}-${theme}`, false);
        violations[`${device}-${theme}`] = await axeViolations(page);
        await context.close();
      }
    }
    expect(violations).toEqual({ 'desktop-light': [], 'phone-dark': [] });
  });
});

describe('/changes.xml', () => {
  test('is an Atom feed with one entry per date and every required element (read by the browser’s XML parser)', async () => {
    const { page, close } = await open('/');
    const response = await page.request.get(`${session.site.url}/changes.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const child = (parent: Element, name: string) => [...parent.children].find((element) => element.namespaceURI === atom && element.localName === name);
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        id: child(root, 'id')?.textContent,
        title: child(root, 'title')?.textContent,
        updated: child(root, 'updated')?.textContent,
        self: [...root.children].find((element) => element.localName === 'link' && element.getAttribute('rel') === 'self')?.getAttribute('href'),
        entries: [...root.children]
          .filter((element) => element.localName === 'entry')
          .map((entry) => ({ id: child(entry, 'id')?.textContent, title: child(entry, 'title')?.textContent, updated: child(entry, 'updated')?.textContent, link: child(entry, 'link')?.getAttribute('href') })),
      };
    }, xml);
    expect(feed.error).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.id).toBe('https://where-models-run.example/changes/');
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBe(`${expectedDays[0]!.date}T00:00:00.000Z`);
    expect(feed.self).toBe('https://where-models-run.example/changes.xml');
    expect(feed.entries).toEqual(
      expectedDays.map((day) => ({
        id: `https://where-models-run.example/changes/#date-${day.date}`,
        title: expect.stringContaining(`${day.added} added, 0 removed`),
        updated: `${day.date}T00:00:00.000Z`,
        link: `https://where-models-run.example/changes/#date-${day.date}`,
      })),
    );
    await close();
  });

  test('every page links it from its head', async () => {
    for (const path of ['/', '/availability/', '/changes/', `/models/${dataset.models[0]!.id}/`, `/regions/${dataset.regions[0]!.id}/`, '/guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/']) {
      const { page, close } = await open(path);
      expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'), path).toBe('/changes.xml');
      await close();
    }
  });
});

describe('timelines and "as of" dates', () => {
  const model = dataset.models.find((item) => item.name === 'Cohere Command R+')!;

  test('a model page shows when it was first seen, in which regions, and the date of its newest source', async () => {
    const { page, close } = await open(`/models/${model.id}/`);
    const regions = dataset.availability.filter((fact) => fact.model === model.id);
    const date = sourceDates.get(regions[0]!.source)!;
    expect(await page.locator('.availability-timeline__entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-date')))).toEqual([date]);
    const first = page.locator('.availability-timeline__change--firstSeen');
    expect(await first.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort())).toEqual([...new Set(regions.map((fact) => `/regions/${fact.region}/`))].sort());
    expect(await page.locator('.as-of time').getAttribute('datetime')).toBe(date);
    expect(await page.locator('.as-of').textContent()).toContain('Documentation can lag a provider’s rollout');
    for (const [device, options] of Object.entries(viewports)) {
      const context = await session.browser.newContext(options);
      const shot = await context.newPage();
      await shot.goto(`${session.site.url}/models/${model.id}/`);
      await shot.locator('.availability-timeline').scrollIntoViewIfNeeded();
      await saveScreenshot(shot, `model-timeline-${device}`, false);
      await context.close();
    }
    await close();
  });

  test('the matrix and region pages say the date of their newest source', async () => {
    const newest = [...dataset.availability.map((fact) => sourceDates.get(fact.source)!)].sort().at(-1);
    const matrix = await open('/availability/');
    expect(await matrix.page.locator('.as-of time').getAttribute('datetime')).toBe(newest);
    await matrix.close();
    const region = dataset.regions.find((item) => item.id === 'azure-eastus')!;
    const dates = dataset.availability.filter((fact) => fact.region === region.id).map((fact) => sourceDates.get(fact.source)!).sort();
    const page = await open(`/regions/${region.id}/`);
    expect(await page.page.locator('.as-of time').getAttribute('datetime')).toBe(dates.at(-1));
    await page.close();
  });
});
