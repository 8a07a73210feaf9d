import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { extractDataset } from '../../src/lib/facts/extract-dataset.ts';
import { buildSiteFrom } from './build-site.ts';

/**
 * A site built from the hostile-links fixture alone: links with
 * `javascript:`, `data:`, `vbscript:` and `file:` targets in offer, model and
 * region cells and in an include. The extractor drops them; the dataset is
 * then edited by hand to put such links back (offers' links, a source's
 * upstream URL), so what keeps them out of the pages is the pages' own check.
 */
const fixture = path.resolve('src/lib/facts/fixtures/hostile-links');
const root = path.resolve('test-results/hostile-links');
const hostile = ['javascript:alert(1)', ' JaVaScRiPt&#58;alert(2)', 'data:text/html;base64,PHNjcmlwdD4='];
let dist: string;
let dataset: Dataset;

beforeAll(() => {
  dataset = extractDataset(fixture).dataset;
  const edited: Dataset = structuredClone(dataset);
  hostile.forEach((href, index) => (edited.offers[index]!.href = href));
  edited.sources[0]!.url = 'javascript:alert(3)';
  mkdirSync(root, { recursive: true });
  const config = path.join(root, 'site.config.json');
  const source = { dir: fixture, route: '/guides/hostile/', publisher: 'Test', url: 'https://learn.microsoft.com/azure/', license: 'CC BY 4.0', exclude: ['includes/**'] };
  writeFileSync(config, JSON.stringify({ title: 'Hostile links', description: 'Links that must not reach a page.', sources: [source] }));
  dist = buildSiteFrom('hostile-links', edited, { SITE_CONFIG: config });
}, 300_000);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every URL attribute: quoted or not. */
const URL_ATTRIBUTE = /\s(href|src|action|formaction|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** Character references decoded once, as HTML decodes an attribute's value. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(colon|amp|tab|newline));?/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
    return ({ colon: ':', amp: '&', tab: '\t', newline: '\n' } as Record<string, string>)[name!.toLowerCase()] ?? whole;
  });
}

/** http(s), or relative (path, query, fragment, or a path whose first segment holds no colon): the only URLs a page may carry. */
function allowed(raw: string): boolean {
  const url = decodeAttribute(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^https?:\/\//i.test(url) || /^[/?#.]/.test(url) || url === '') return true;
  return !/^[^/?#]*:/.test(url);
}

describe('a build whose dataset carries hostile links', () => {
  test('no page has an href or src that is not http(s) or relative', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(20);
    const bad: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(URL_ATTRIBUTE)) {
        checked += 1;
        const value = match[2] ?? match[3] ?? match[4] ?? '';
        if (!allowed(value)) bad.push(`${path.relative(dist, file)}: ${match[1]}="${value}"`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(bad).toEqual([]);
  });

  test('the oracle itself rejects what the dataset was edited to carry', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt&#58;alert(2)', 'data:text/html;base64,PHNjcmlwdD4=', 'javascript:alert(3)', 'java&#x09;script:x', 'vbscript:msgbox(1)', 'file:///etc/passwd']) expect(allowed(href), href).toBe(false);
    for (const href of ['https://learn.microsoft.com/', '/models/x/', '#top', '../a.md', 'page?a=b:c']) expect(allowed(href), href).toBe(true);
  });

  test('the offers keep their markets as text, without the links', () => {
    const offered = dataset.offers.slice(0, hostile.length);
    for (const offer of offered) {
      const page = readFileSync(path.join(dist, 'models', offer.model, 'index.html'), 'utf8');
      const item = new RegExp(`<li class="fact-list__item"[^>]*>\\s*${offer.market.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*<span`);
      expect(page, `${offer.model} ${offer.market}`).toMatch(item);
    }
  });

  test('the extractor dropped every hostile link in the fixture with an error, the text kept', () => {
    const unsafe = dataset.diagnostics.filter((d) => d.rule === 'link-unsafe');
    expect(unsafe.map((d) => `${d.source}:${d.line}`)).toEqual(['includes/more.md:7', 'input.md:10', 'input.md:10', 'input.md:10', 'input.md:11', 'input.md:11', 'input.md:12']);
    expect(unsafe.every((d) => d.severity === 'error')).toBe(true);
    expect(dataset.offers.map((offer) => offer.market)).toEqual(expect.arrayContaining(['Microsoft Managed Countries', 'Qatar', 'Europe']));
    expect(dataset.offers.filter((offer) => offer.href).map((offer) => offer.href)).toEqual(expect.arrayContaining(['https://learn.microsoft.com/partner-center/']));
    expect(dataset.offers.filter((offer) => offer.href && !/^(https:\/\/|\/[^/])/.test(offer.href))).toEqual([]);
  });
});
