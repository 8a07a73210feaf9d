import { expect, test } from 'vitest';
import { buildGuides } from '../../src/lib/guides/guide-entries.ts';

/**
 * The sample documentation set (tests/fixtures/docs-set) read once and
 * rendered as guides, each at a route of its path: its model page keeps its
 * availability tables in includes, one under each deployment-type tab.
 */
const root = 'tests/fixtures/docs-set';
const { entries } = await buildGuides(root, { routeOf: (path) => `/${path.replace(/\.md$/, '')}/` });

async function render(path: string) {
  const entry = entries.find((candidate) => candidate.route === `/${path.replace(/\.md$/, '')}/`)!;
  return { html: entry.html, diagnostics: entry.diagnostics };
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();

/** The page as a reader scans it: headings (`##`), tab labels (`[tab]`) and table rows (cells joined by `|`), in order. */
function outline(html: string): string[] {
  return [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/h[1-6]>|<p class="learn-tabs__label">([\s\S]*?)<\/p>|<tr>([\s\S]*?)<\/tr>/g)].map(([, heading, title, tab, row]) => {
    if (heading) return `${'#'.repeat(Number(heading[1]))} ${text(title!)}`;
    if (tab !== undefined) return `[tab] ${text(tab)}`;
    return [...row!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => text(cell!)).join(' | ');
  });
}

/** The clean table's header; a deployment type that holds for every region of the table is said there once. */
const header = (deploymentType?: string) => `Model | Offer availability | Regions for deployment${deploymentType ? ` (${deploymentType})` : ''} | Regions for fine-tuning`;

test('a table written in an include is rendered clean where the include puts it, under its own tab, from its own facts', async () => {
  const { html, diagnostics } = await render('openai/concepts/models.md');
  expect(outline(html)).toEqual([
    '## Model summary table and region availability',
    '[tab] Global Standard',
    '### Global Standard model availability',
    header('Global Standard'),
    'gpt-4o (2024-08-06) | — | Australia East, East US 2, Sweden Central, West US 3 | Not available',
    'GPT-4o-mini (2024-07-18) | — | Australia East, East US 2 | Not available',
    'o1 (2024-12-17) | — | East US 2, Sweden Central | Not available',
    '[tab] Provisioned',
    '### Provisioned model availability',
    header('Provisioned'),
    'gpt-4o (2024-08-06) | — | Japan East, UK South | Not available',
    'GPT-4o-mini (2024-07-18) | — | UK South, US Gov Arizona | Not available',
    '## Fine-tuning models',
    header(),
    'gpt-4o (2024-08-06) | — | Not available | East US 2 (Global training, Standard training), North Central US (Global training, Standard training), Sweden Central (Global training, Standard training)',
    'GPT-4o-mini (2024-07-18) | — | Not available | North Central US (Standard training), Sweden Central (Standard training)',
    '## Older models',
    header(),
    'gpt-35-turbo (0125) | — | East US, France Central | Not available',
    'gpt-35-turbo (1106) | — | East US, France Central | Not available',
    'gpt-4 (0613) | — | Australia East (Standard), Canada East (Standard), Japan East (Provisioned), Sweden Central (Standard) | Not available',
    '## Embeddings',
    header(),
    'text-embedding-ada-002 | — | East US 2, West US | Not available',
    '## Parameters',
    'Parameter | Default',
    'temperature | 1',
  ]);
  // The footnote under a table is prose, not a piece of the table: it stays.
  expect(html).toContain('</table>\n<p><sup>1</sup> Retiring soon.</p>');
  expect(diagnostics).toEqual([]);
});

test('a table GFM refuses (its delimiter row is too short) is still replaced, in place', async () => {
  const { html } = await render('openai/azure-government.md');
  expect(outline(html)).toEqual([
    '## Standard deployment model availability',
    header('Standard'),
    'gpt-4o (2024-05-13) | — | US Gov Arizona, US Gov Virginia | Not available',
    'GPT-4o-mini (2024-07-18) | — | US Gov Virginia | Not available',
  ]);
  expect(html).not.toContain('|');
});
