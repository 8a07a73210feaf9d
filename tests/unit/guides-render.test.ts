import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listDocuments } from '../../src/lib/content/list-documents.ts';
import { loadDocument, parseDocument } from '../../src/lib/content/load-document.ts';
import { diagnosticsOf } from '../../src/lib/diagnostics/diagnostic.ts';
import { loadPivotGroups } from '../../src/lib/guides/pivot-groups.ts';
import { renderGuide } from '../../src/lib/guides/render-guide.ts';

const root = path.resolve('content');
const pivotGroups = loadPivotGroups();
const render = (raw: string) => renderGuide(parseDocument(root, 'azure-ai-docs/articles/test/page.md', raw), { root, pivotGroups });

describe('raw HTML is sanitized to an allowlist', () => {
  test.each([
    ['a line break stays', 'One<br>two', '<p>One<br>two</p>'],
    ['a script never reaches the page', 'Hi <script>alert(1)</script> there', '<p>Hi  there</p>'],
    ['a style element goes with its content', '<style>body { display: none }</style>\n\nText', '\n<p>Text</p>'],
    ['event handlers are dropped', '<img src="https://example.com/a.png" alt="A" onerror="alert(1)">', '<img src="https://example.com/a.png" alt="A">'],
    ['javascript: URLs in HTML are dropped', '<a href="javascript:alert(1)">x</a>', '<p><a>x</a></p>'],
    ['javascript: URLs in markdown are dropped', '[x](javascript:alert(1))', '<p><a>x</a></p>'],
    ['foreign classes and ids are dropped, ours kept', '<div class="learn-zone evil" id="starlight__search" onclick="x()">A</div>', '<div class="learn-zone">A</div>'],
    ['an iframe is unwrapped to its fallback text', '<iframe src="https://example.com">fallback</iframe>', 'fallback'],
  ])('%s', async (_name, input, expected) => {
    expect((await render(input)).html).toBe(expected);
  });
});

test('a picture found in the content folder survives sanitizing, inlined as a data: URL', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'guide-'));
  mkdirSync(path.join(folder, 'media'));
  writeFileSync(path.join(folder, 'media', 'dot.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const doc = parseDocument(folder, 'page.md', ':::image type="content" source="media/dot.svg" alt-text="A dot.":::\n');
  const { html } = await renderGuide(doc, { root: folder, pivotGroups });
  expect(html).toBe('<figure class="learn-figure learn-figure--border"><p class="learn-figure__picture"><span><img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" alt="A dot."></span></p></figure>');
});

test('headings get GitHub-style ids and are collected for the contents, the title left to Starlight', async () => {
  const { html, headings } = await render('# Title\n\n## Install the CLI\n\n### Step `one`\n\n## Install the CLI\n');
  expect(html).toBe('<h2 id="install-the-cli">Install the CLI</h2>\n<h3 id="step-one">Step <code>one</code></h3>\n<h2 id="install-the-cli-1">Install the CLI</h2>');
  expect(headings).toEqual([
    { depth: 2, slug: 'install-the-cli', text: 'Install the CLI' },
    { depth: 3, slug: 'step-one', text: 'Step one' },
    { depth: 2, slug: 'install-the-cli-1', text: 'Install the CLI' },
  ]);
});

test('azurecli code shows as bash in a terminal frame titled "Azure CLI", with a copy button', async () => {
  const { html } = await render('```azurecli\naz extension add -n ml\n```\n');
  expect(html).toContain('class="frame is-terminal');
  expect(html).toMatch(/<span class="title">Azure CLI<\/span>/);
  expect(html).toContain('data-language="bash"');
  expect(html).toContain('class="copy"');
});

test('an unknown pivot group in the front matter is a located warning, not a crash', async () => {
  const doc = parseDocument(root, 'azure-ai-docs/articles/test/page.md', '---\nzone_pivot_groups: nope\n---\n::: zone pivot="a"\n\nA\n\n::: zone-end\n');
  await renderGuide(doc, { root, pivotGroups });
  expect(diagnosticsOf(doc.file).map((d) => `${d.source}:${d.line} ${d.rule}`)).toEqual([
    'azure-ai-docs/articles/test/page.md:1 zone-pivot-group-unknown',
    'azure-ai-docs/articles/test/page.md:4 zone-pivot-unknown',
  ]);
});

describe.each(listDocuments(root))('%s', (contentPath) => {
  test('renders with no Learn dialect left as text', async () => {
    const { html } = await renderGuide(loadDocument(root, contentPath), { root, pivotGroups });
    expect(html.match(/\[!INCLUDE|:::\s*zone|#tab\/|:::image|\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/gi) ?? []).toEqual([]);
  });
});
