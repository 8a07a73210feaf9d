import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(dir, file));
}

function pageExists(urlPath: string): boolean {
  const file = path.join(dist, decodeURIComponent(urlPath));
  return existsSync(path.join(file, 'index.html')) || (existsSync(file) && !file.endsWith('/'));
}

const guides = htmlFiles(path.join(dist, 'guides'));

test('every seed guide is built', () => {
  expect(guides.map((file) => path.relative(dist, file)).sort()).toEqual([
    'guides/azure/ai-foundry/how-to/deploy-models-serverless/index.html',
    'guides/azure/ai-studio/how-to/deploy-models-serverless-availability/2024-05-21/index.html',
    'guides/azure/ai-studio/how-to/deploy-models-serverless-availability/index.html',
    'guides/azure/machine-learning/how-to-deploy-models-serverless/index.html',
    'guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/index.html',
  ]);
});

describe.each(guides.map((file) => [path.relative(dist, file), file]))('%s', (_name, file) => {
  const html = readFileSync(file, 'utf8');
  test('no Learn dialect is left as text', () => {
    expect(html.match(/\[!INCLUDE|:::\s*zone|#tab\/|:::image|\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/gi) ?? []).toEqual([]);
  });
  test('credits its source: licence, Source link, date', () => {
    const credit = /<p class="site-credit__line[^"]*">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(credit).toMatch(/^\s*Text from (Microsoft Learn|Google Cloud) documentation, <a href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/"[^>]*>CC BY 4.0<\/a>, unchanged except for formatting\./);
    expect(credit).toMatch(/Source: <a class="site-credit__source[^"]*" href="https:\/\/(learn.microsoft.com\/azure|cloud.google.com)\/[^"]+">/);
    expect(credit).toMatch(/Updated \d{4}-\d{2}-\d{2}\./);
  });
  test('no broken table text (stray pipes or <br> as text)', () => {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const text = main.replace(/<(pre|script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
    expect(text.match(/&#x3C;br|&lt;br|\|\s*\|/gi) ?? []).toEqual([]);
  });
});

test('no internal link (anchors and <link>s: icons, styles) in the built site leads to a missing page', () => {
  const broken: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<(?:a|link)\b[^>]*\shref="([^"]*)"/g)) {
      const href = match[1]!.replaceAll('&#x26;', '&').replaceAll('&amp;', '&');
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const urlPath = new URL(href, 'http://site').pathname;
      if (pageExists(urlPath)) continue;
      broken.push(`${path.relative(dist, file)} -> ${href}`);
    }
  }
  expect(broken).toEqual([]);
});

test('the availability article of 2024-05-21 links every model row to its model page', () => {
  const html = readFileSync(path.join(dist, 'guides/azure/ai-studio/how-to/deploy-models-serverless-availability/2024-05-21/index.html'), 'utf8');
  expect(html).toContain('<a href="/models/azure-cohere-command-r-plus/">Cohere Command R+</a>');
  expect(html).toMatch(/<a href="\/models\/azure-jais\/">/);
});
