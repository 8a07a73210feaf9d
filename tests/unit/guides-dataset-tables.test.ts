import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildGuides } from '../../src/lib/guides/guide-entries.ts';

/**
 * Guides read once: each availability table the extractor read is replaced,
 * in the tree it was read from, by a clean table from that table's own facts.
 * The documents are written to a content folder of their own and built as
 * the site builds them; a page's HTML is compared from its first heading.
 */
const files: Record<string, string> = {
  'azure-ai-docs/articles/test/learn.md':
    '---\ntitle: Learn\n---\n# Title\n\n### Jais models\n\n|Model |Offer Availability Region | Hub/Project Region for Deployment |\n|--|--|--|\n| Jais | [Microsoft Managed Countries](/partner-center/x) | West US 3 <br>\nEast US |\n\nAfter the table.\n\n## Next\n\nKept.\n',
  'cloud.google.com/test/google.md':
    '---\ntitle: Google\n---\n### United States\n\n| | Columbus, Ohio (us-east5) | Dallas, Texas (us-south1) |\n| --- | --- | --- |\n| Gemini 2.0 Flash (`gemini-2.0-flash-001`) | | ✔ | ✔ |\n',
  'azure-ai-docs/articles/test/other.md': '---\ntitle: Other\n---\n## Other\n\n| a |\n| - |\n| b |\n',
  'azure-ai-docs/articles/test/two-tables.md':
    '---\ntitle: Two\n---\n### Jais models\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n\nBetween.\n\n| Model | Regions |\n| --- | --- |\n| Jais | West US 3 (Global Standard, Provisioned) |\n',
  'azure-ai-docs/articles/test/includes/jais.md': '| Model | Regions |\n| --- | --- |\n| Jais | West US 3 <br>\nSweden Central |\n',
  'azure-ai-docs/articles/test/twice.md':
    '---\ntitle: Twice\n---\n## East\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n\n## Provisioned\n\n[!INCLUDE [Jais](includes/jais.md)]\n\n## Again\n\n[!INCLUDE [Jais](includes/jais.md)]\n',
  'azure-ai-docs/articles/test/versions.md': '---\ntitle: Versions\nms.date: 2025-01-02\n---\n## Now\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n',
  'azure-ai-docs/articles/test/versions@2024-01-02.md': '---\ntitle: Versions\nms.date: 2024-01-02\n---\n## Then\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n',
};
const root = mkdtempSync(path.join(tmpdir(), 'dataset-tables-'));
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
const { entries } = await buildGuides(root);

/** A page's HTML from its first heading on (the version note above it aside), ids left out. */
function page(file: string): string {
  const route = `/guides/${file.startsWith('cloud.google.com/') ? `google-cloud/${file.slice('cloud.google.com/'.length)}` : `azure/${file.slice('azure-ai-docs/articles/'.length)}`}`.replace(/@(\d{4}-\d{2}-\d{2})\.md$/, '/$1/').replace(/\.md$/, '/');
  const entry = entries.find((candidate) => candidate.route === route);
  if (!entry) throw new Error(`No page at ${route}`);
  return entry.html.slice(entry.html.indexOf('<h')).replace(/ id="[^"]*"/g, '');
}

/** A clean Learn-shaped table of Jais: its deployment regions, offer cell and deployment regions' header as given. */
const jaisTable = (regions: string, offers = '—', deploymentHeader = 'Regions for deployment') =>
  [
    '<table>',
    '<thead>',
    '<tr>',
    '<th>Model</th>',
    '<th>Offer availability</th>',
    `<th>${deploymentHeader}</th>`,
    '<th>Regions for fine-tuning</th>',
    '</tr>',
    '</thead>',
    '<tbody>',
    '<tr>',
    '<td><a href="/models/azure-jais/">Jais</a></td>',
    `<td>${offers}</td>`,
    `<td>${regions}</td>`,
    '<td>Not available</td>',
    '</tr>',
    '</tbody>',
    '</table>',
  ].join('\n');

test('a broken Learn table is replaced by a clean list table linking each model to its page', () => {
  expect(page('azure-ai-docs/articles/test/learn.md')).toBe(
    [
      '<h3>Jais models</h3>',
      jaisTable('East US, West US 3', '<a href="https://learn.microsoft.com/partner-center/x">Microsoft Managed Countries</a>'),
      '<p>After the table.</p>',
      '<h2>Next</h2>',
      '<p>Kept.</p>',
    ].join('\n'),
  );
});

test('a Google matrix is rendered as a model × region matrix of ✔', () => {
  expect(page('cloud.google.com/test/google.md')).toBe(
    [
      '<h3>United States</h3>',
      '<table>',
      '<thead>',
      '<tr>',
      '<th>Model</th>',
      '<th align="center">Dallas, Texas (us-south1)</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr>',
      '<td><a href="/models/google-cloud-gemini-2-0-flash/">Gemini 2.0 Flash</a></td>',
      '<td align="center">✔</td>',
      '</tr>',
      '</tbody>',
      '</table>',
    ].join('\n'),
  );
});

test('a table that is no availability table renders as written', () => {
  expect(page('azure-ai-docs/articles/test/other.md')).toBe('<h2>Other</h2>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>');
});

test('each table gets a clean table from its own facts, deployment types beside their regions, even two in one section', () => {
  expect(page('azure-ai-docs/articles/test/two-tables.md')).toBe(['<h3>Jais models</h3>', jaisTable('East US'), '<p>Between.</p>', jaisTable('West US 3 (Global Standard, Provisioned)')].join('\n'));
});

test('a table written in an include, included twice, gets its clean table where each use puts it, under its own heading', () => {
  expect(page('azure-ai-docs/articles/test/twice.md')).toBe(
    ['<h2>East</h2>', jaisTable('East US'), '<h2>Provisioned</h2>', jaisTable('Sweden Central, West US 3', '—', 'Regions for deployment (Provisioned)'), '<h2>Again</h2>', jaisTable('Sweden Central, West US 3')].join('\n'),
  );
});

test('an older version whose every fact the newer one states shows its table as written; the newer one gets the clean table', () => {
  expect(page('azure-ai-docs/articles/test/versions.md')).toBe(['<h2>Now</h2>', jaisTable('East US')].join('\n'));
  expect(page('azure-ai-docs/articles/test/versions@2024-01-02.md')).toBe(
    '<h2>Then</h2>\n<table>\n<thead>\n<tr>\n<th>Model</th>\n<th>Regions</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Jais</td>\n<td>East US</td>\n</tr>\n</tbody>\n</table>',
  );
});
