import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import type { Dataset } from '../../src/lib/facts/dataset-schema.ts';
import { remarkDatasetTables } from '../../src/lib/guides/dataset-tables.ts';

const source = (id: string, provider: 'azure' | 'google-cloud') => ({ id, path: `${id}.md`, article: `${id}.md`, title: id, product: null, provider, date: null });

const dataset: Dataset = {
  schemaVersion: 1,
  sources: [source('learn', 'azure'), source('google', 'google-cloud')],
  regions: [
    { id: 'azure-eastus', provider: 'azure', name: 'East US', code: 'eastus', geography: 'United States' },
    { id: 'azure-westus3', provider: 'azure', name: 'West US 3', code: 'westus3', geography: 'United States' },
    { id: 'google-cloud-us-east5', provider: 'google-cloud', name: 'Columbus, Ohio', code: 'us-east5', geography: 'United States' },
    { id: 'google-cloud-us-south1', provider: 'google-cloud', name: 'Dallas, Texas', code: 'us-south1', geography: 'United States' },
  ],
  models: [
    { id: 'azure-jais', provider: 'azure', name: 'Jais', modelIds: [], scope: 'family' },
    { id: 'google-cloud-gemini-2-0-flash', provider: 'google-cloud', name: 'Gemini 2.0 Flash', modelIds: ['gemini-2.0-flash-001'], scope: 'model' },
  ],
  availability: [
    { model: 'azure-jais', region: 'azure-westus3', capability: 'deployment', source: 'learn', line: 6 },
    { model: 'azure-jais', region: 'azure-eastus', capability: 'deployment', source: 'learn', line: 7 },
    { model: 'google-cloud-gemini-2-0-flash', region: 'google-cloud-us-south1', capability: 'deployment', source: 'google', line: 5 },
  ],
  offers: [{ model: 'azure-jais', market: 'Microsoft Managed Countries', href: '/partner-center/x', source: 'learn', line: 6 }],
  diagnostics: [],
};

async function render(markdown: string, sourceId: string): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDatasetTables, { dataset, sourceId, siteUrl: 'https://learn.microsoft.com/' })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(await processor.process(markdown));
}

test('a broken Learn table is replaced by a clean list table linking each model to its page', async () => {
  const markdown = '# Title\n\n### Jais models\n\n|Model |Offer | Deploy |\n|--|--|--|\n| | [Microsoft Managed Countries](/partner-center/x) | West US 3 <br>\nEast US |\n\nAfter the table.\n\n## Next\n\nKept.\n';
  expect(await render(markdown, 'learn')).toBe(
    [
      '<h1>Title</h1>',
      '<h3>Jais models</h3>',
      '<table>',
      '<thead>',
      '<tr>',
      '<th>Model</th>',
      '<th>Offer availability</th>',
      '<th>Regions for deployment</th>',
      '<th>Regions for fine-tuning</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr>',
      '<td><a href="/models/azure-jais/">Jais</a></td>',
      '<td><a href="https://learn.microsoft.com/partner-center/x">Microsoft Managed Countries</a></td>',
      '<td>East US, West US 3</td>',
      '<td>Not available</td>',
      '</tr>',
      '</tbody>',
      '</table>',
      '<p>After the table.</p>',
      '<h2>Next</h2>',
      '<p>Kept.</p>',
    ].join('\n'),
  );
});

test('a Google matrix is rendered as a model × region matrix of ✔', async () => {
  const markdown = '### United States\n\n| | Columbus, Ohio (us-east5) | Dallas, Texas (us-south1) |\n| --- | --- | --- |\n| Gemini 2.0 Flash (`gemini-2.0-flash-001`) | | ✔ | ✔ |\n';
  expect(await render(markdown, 'google')).toBe(
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

test('without facts for the document, it renders as written', async () => {
  expect(await render('| a |\n| - |\n| b |\n', 'other')).toBe('<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>');
});
