import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadDocument } from '../lib/content/load-document.ts';
import { diagnosticsOf } from '../lib/diagnostics/diagnostic.ts';
import { renderGuide } from '../lib/guides/render-guide.ts';

/**
 * A real Learn set (../shared/corpora/azure-docs-cli, unchanged): every
 * article rendered, and no Learn syntax reaches a reader. The markers are
 * Learn's, written out here from its documentation, not taken from the
 * plugins, so a plugin that stops handling one fails this test.
 */
const source = path.resolve('../shared/corpora/azure-docs-cli/docs-ref-conceptual/Latest-version');
const markdown = readdirSync(source, { recursive: true, encoding: 'utf8' })
  .map((entry) => entry.split(path.sep).join('/'))
  .filter((entry) => entry.endsWith('.md'))
  .sort();
const articles = markdown.filter((entry) => !entry.split('/').includes('includes'));

const LEAKS: [string, RegExp][] = [
  ['colon block', /:::/],
  ['bracket marker', /\[![a-z]/i],
  ['tab link', /#tab\//i],
  ['zone marker', /::: ?zone/i],
  ['moniker marker', /moniker(?:-end|\s+range)/i],
  ['front matter', /^(?:ms\.(?:topic|date|author|custom)|title|description|zone_pivot_groups):\s/m],
  ['YAML page', /YamlMime:/],
];

/** The page's text as a reader gets it: tags and Expressive Code's copy-button data removed. */
function readerText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/\sdata-code="[^"]*"/g, '')
    .replace(/<[^>]+>/g, '');
}

test('the corpus has the 99 markdown files its README counts, 27 of them includes', () => {
  expect(markdown.length).toBe(99);
  expect(markdown.length - articles.length).toBe(27);
});

test('no corpus article shows Learn syntax', async () => {
  const leaks: string[] = [];
  let zonesWithTitles = 0;
  for (const article of articles) {
    const doc = loadDocument(source, article);
    const { html } = await renderGuide(doc, { root: source });
    const text = readerText(html);
    for (const [name, pattern] of LEAKS) {
      const match = pattern.exec(text);
      if (match) leaks.push(`${article}: ${name} near «${text.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}»`);
    }
    if (diagnosticsOf(doc.file).some((d) => d.rule === 'zone-pivot-unknown' || d.rule === 'zone-pivot-group-unknown')) leaks.push(`${article}: a pivot the set's zone-pivot-groups.yml defines is unknown`);
    if (html.includes('class="learn-zone__label">apt (Ubuntu, Debian)<')) zonesWithTitles += 1;
  }
  expect(leaks).toEqual([]);
  // The Linux install page labels its zones from the set's own file.
  expect(zonesWithTitles).toBe(1);
}, 120_000);
