import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import type { Dataset, TableLines } from '../../src/lib/facts/dataset-schema.ts';
import { remarkDatasetTables } from '../../src/lib/guides/dataset-tables.ts';
import type { Locate } from '../../src/remark/locate.ts';

const source = (id: string, provider: 'azure' | 'google-cloud', read: TableLines[]) => ({
  id,
  path: `${id}.md`,
  article: `${id}.md`,
  title: id,
  product: null,
  provider,
  date: null,
  tables: { availability: read.length, other: 0, read },
});

const dataset: Dataset = {
  schemaVersion: 1,
  sources: [
    source('learn', 'azure', [{ line: 5, endLine: 8 }]),
    source('google', 'google-cloud', [{ line: 3, endLine: 5 }]),
    source('two-tables', 'azure', [
      { line: 3, endLine: 5 },
      { line: 9, endLine: 11 },
    ]),
    source('tabs', 'azure', [
      { line: 3, endLine: 5 },
      { line: 1, endLine: 5, file: 'includes/provisioned.md' },
    ]),
    source('twice', 'azure', [{ line: 1, endLine: 3, file: 'includes/jais.md' }]),
    source('moved', 'azure', [{ line: 20, endLine: 22 }]),
  ],
  regions: [
    { id: 'azure-eastus', provider: 'azure', name: 'East US', code: 'eastus', geography: 'United States' },
    { id: 'azure-swedencentral', provider: 'azure', name: 'Sweden Central', code: 'swedencentral', geography: 'Sweden' },
    { id: 'azure-westus3', provider: 'azure', name: 'West US 3', code: 'westus3', geography: 'United States' },
    { id: 'google-cloud-us-east5', provider: 'google-cloud', name: 'Columbus, Ohio', code: 'us-east5', geography: 'United States' },
    { id: 'google-cloud-us-south1', provider: 'google-cloud', name: 'Dallas, Texas', code: 'us-south1', geography: 'United States' },
  ],
  models: [
    { id: 'azure-jais', provider: 'azure', name: 'Jais', modelIds: [], scope: 'family' },
    { id: 'google-cloud-gemini-2-0-flash', provider: 'google-cloud', name: 'Gemini 2.0 Flash', modelIds: ['gemini-2.0-flash-001'], scope: 'model' },
  ],
  availability: [
    { model: 'azure-jais', region: 'azure-westus3', capability: 'deployment', source: 'learn', line: 7 },
    { model: 'azure-jais', region: 'azure-eastus', capability: 'deployment', source: 'learn', line: 8 },
    { model: 'google-cloud-gemini-2-0-flash', region: 'google-cloud-us-south1', capability: 'deployment', source: 'google', line: 5 },
    { model: 'azure-jais', region: 'azure-eastus', capability: 'deployment', source: 'two-tables', line: 5 },
    { model: 'azure-jais', region: 'azure-westus3', capability: 'deployment', deploymentType: 'global-standard', source: 'two-tables', line: 11 },
    { model: 'azure-jais', region: 'azure-westus3', capability: 'deployment', deploymentType: 'provisioned', source: 'two-tables', line: 11 },
    { model: 'azure-jais', region: 'azure-eastus', capability: 'deployment', source: 'tabs', line: 5 },
    { model: 'azure-jais', region: 'azure-westus3', capability: 'deployment', deploymentType: 'provisioned', source: 'tabs', line: 3, file: 'includes/provisioned.md' },
    { model: 'azure-jais', region: 'azure-swedencentral', capability: 'deployment', deploymentType: 'provisioned', source: 'tabs', line: 5, file: 'includes/provisioned.md' },
    { model: 'azure-jais', region: 'azure-eastus', capability: 'deployment', source: 'twice', line: 3, file: 'includes/jais.md' },
    { model: 'azure-jais', region: 'azure-eastus', capability: 'deployment', source: 'moved', line: 22 },
  ],
  offers: [{ model: 'azure-jais', market: 'Microsoft Managed Countries', href: '/partner-center/x', source: 'learn', line: 7 }],
  diagnostics: [],
};

/** Like the loader's `locate`: lines of the parsed text written in an include (`{ 9: ['inc.md', 1] }`), the others in the source as they are. */
function locateIn(sourceId: string, included: Record<number, [file: string, line: number]>): Locate {
  return (line, column) => {
    const [file, lineInFile] = included[line] ?? [`${sourceId}.md`, line];
    return { source: file, line: lineInFile, column };
  };
}

async function render(markdown: string, sourceId: string, locate?: Locate, file = new VFile(markdown)): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDatasetTables, { dataset, sourceId, siteUrl: 'https://learn.microsoft.com/', ...(locate ? { locate } : {}) })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(await processor.process(file));
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

test('a broken Learn table is replaced by a clean list table linking each model to its page', async () => {
  const markdown = '# Title\n\n### Jais models\n\n|Model |Offer | Deploy |\n|--|--|--|\n| | [Microsoft Managed Countries](/partner-center/x) | West US 3 <br>\nEast US |\n\nAfter the table.\n\n## Next\n\nKept.\n';
  expect(await render(markdown, 'learn')).toBe(
    [
      '<h1>Title</h1>',
      '<h3>Jais models</h3>',
      jaisTable('East US, West US 3', '<a href="https://learn.microsoft.com/partner-center/x">Microsoft Managed Countries</a>'),
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

test('each table gets a clean table from its own facts, deployment types beside their regions, even two in one section', async () => {
  const markdown = '### Jais models\n\n| Model | Deploy |\n| --- | --- |\n| Jais | East US |\n\nBetween.\n\n| Model | Deploy |\n| --- | --- |\n| Jais | West US 3 (Global Standard, Provisioned) |\n';
  expect(await render(markdown, 'two-tables')).toBe(['<h3>Jais models</h3>', jaisTable('East US'), '<p>Between.</p>', jaisTable('West US 3 (Global Standard, Provisioned)')].join('\n'));
});

test('a table written in an include is replaced where the include puts it, from the facts read in the include', async () => {
  // Lines 9 to 13 are the loader's expansion of `[!INCLUDE [Provisioned](includes/provisioned.md)]`, a row broken by a `<br>` line.
  const markdown = '## Standard\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n\n## Provisioned\n\n| Model | Regions |\n| --- | --- |\n| Jais | West US 3\n<br>\nSweden Central |\n';
  const locate = locateIn('tabs', { 9: ['includes/provisioned.md', 1], 10: ['includes/provisioned.md', 2], 11: ['includes/provisioned.md', 3], 12: ['includes/provisioned.md', 4], 13: ['includes/provisioned.md', 5] });
  expect(await render(markdown, 'tabs', locate)).toBe(['<h2>Standard</h2>', jaisTable('East US'), '<h2>Provisioned</h2>', jaisTable('Sweden Central, West US 3', '—', 'Regions for deployment (Provisioned)')].join('\n'));
});

test('an include holding a table, included twice, gets the clean table in both places', async () => {
  const markdown = '## East\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n\n## Again\n\n| Model | Regions |\n| --- | --- |\n| Jais | East US |\n';
  const locate = locateIn('twice', { 3: ['includes/jais.md', 1], 4: ['includes/jais.md', 2], 5: ['includes/jais.md', 3], 9: ['includes/jais.md', 1], 10: ['includes/jais.md', 2], 11: ['includes/jais.md', 3] });
  expect(await render(markdown, 'twice', locate)).toBe(['<h2>East</h2>', jaisTable('East US'), '<h2>Again</h2>', jaisTable('East US')].join('\n'));
});

test('a table the parse does not hold where the extractor read it is left as written, and reported', async () => {
  const file = new VFile({ path: 'moved.md', value: '| Model | Regions |\n| --- | --- |\n| Jais | East US |\n' });
  expect(await render(String(file.value), 'moved', undefined, file)).toBe('<table>\n<thead>\n<tr>\n<th>Model</th>\n<th>Regions</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Jais</td>\n<td>East US</td>\n</tr>\n</tbody>\n</table>');
  expect(file.messages.map((message) => `${message.file}:${message.line} ${message.ruleId} ${message.reason}`)).toEqual([
    'moved.md:20 dataset-table-not-found No table parsed on lines 20–22, where the extractor read one; shown as written',
  ]);
});
