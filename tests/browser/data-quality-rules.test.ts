import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { siteDataset } from './matrix-page.ts';
import { openSite } from './open-site.ts';
import { axeViolations, saveScreenshot, viewports } from './support.ts';

const dataset: Dataset = siteDataset();
const session = openSite();

/** The catalogue as its files write it, read here without the site's loader. */
const rules = readdirSync('src/data/rules')
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => (JSON.parse(readFileSync(path.join('src/data/rules', name), 'utf8')) as { rules: { id: string; severity: string; meaning: string; example: string; fix: string }[] }).rules);

async function open(url: string, javaScript = true) {
  const context = await session.browser.newContext({ ...viewports.desktop, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(`${session.site.url}${url}`);
  return { page, close: () => context.close() };
}

describe('rules', () => {
  test('/data-quality/rules/ lists every catalogued rule, each linking to its page, with how often this site breaks it', async () => {
    const { page, close } = await open('/data-quality/rules/');
    const rows = await page.locator('.rule-list tbody tr').evaluateAll((list) =>
      list.map((row) => ({
        id: row.querySelector('th')!.textContent!.trim(),
        href: row.querySelector('th a')!.getAttribute('href'),
        cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()),
      })),
    );
    expect(rows.map((row) => row.id)).toEqual(rules.map((rule) => rule.id).sort());
    for (const row of rows) {
      const rule = rules.find((entry) => entry.id === row.id)!;
      expect(row.href).toBe(`/data-quality/rules/${rule.id}/`);
      expect(row.cells.slice(0, 2)).toEqual([rule.severity, rule.meaning]);
      expect(Number(row.cells[2])).toBeGreaterThanOrEqual(dataset.diagnostics.filter((d) => d.rule === rule.id).length);
    }
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  test('every problem on /data-quality/ links to its rule, the extractor\'s and those rendering the guides found', async () => {
    const { page, close } = await open('/data-quality/', false);
    const items = (section: string) =>
      page.locator(`.quality-group__item${section}`).evaluateAll((list) =>
        list.map((item) => ({ rule: item.querySelector('code:last-child')?.textContent ?? '', href: item.querySelector('a.quality-group__rule')?.getAttribute('href') ?? null })),
      );
    const extraction = await items(':not(#guides *)');
    const guides = await items(':is(#guides *)');
    expect(extraction.map((item) => item.rule).sort()).toEqual(dataset.diagnostics.map((d) => d.rule).sort());
    // The seeds' guides have missing images and includes the extractor never looks at.
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.map((item) => item.rule)).toContain('image-missing');
    for (const item of [...extraction, ...guides]) {
      expect(rules.some((rule) => rule.id === item.rule), item.rule).toBe(true);
      expect(item.href).toBe(`/data-quality/rules/${item.rule}/`);
    }
    await close();
  });

  test('following a problem\'s rule link opens the rule: severity, meaning, example, fix, and the problems that break it', async () => {
    const counts = new Map<string, number>();
    for (const d of dataset.diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const rule = rules.find((entry) => entry.id === id)!;
    const { page, close } = await open('/data-quality/');
    await page.locator(`a.quality-group__rule[href="/data-quality/rules/${id}/"]`).first().click();
    await page.waitForURL(`**/data-quality/rules/${id}/`);
    expect(await page.locator('h1').textContent()).toBe(id);
    expect(await page.locator('.rule-facts dd').allTextContents()).toEqual([rule.severity, rule.meaning, rule.fix]);
    expect(await page.locator('.rule-example').textContent()).toBe(rule.example);
    const listed = await page.locator('.fact-list__item').allTextContents();
    expect(listed).toHaveLength(count);
    const first = dataset.diagnostics.find((d) => d.rule === id)!;
    expect(listed.some((text) => text.includes(`${first.source}:${first.line}`) && text.includes(first.message))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `rule-${id}`);
    await close();
  });
});
