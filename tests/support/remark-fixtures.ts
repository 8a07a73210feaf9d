import { readdirSync } from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, test } from 'vitest';
import { loadDocument, locate, type LoadedDocument } from '../../src/lib/content/load-document.ts';
import { diagnosticsOf } from '../../src/lib/diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics/format-diagnostic.ts';
import type { Locate } from '../../src/remark/locate.ts';
import { expectFile } from './expect-file.ts';

/** The loader's `locate`, bound to one document. */
export function locateIn(doc: LoadedDocument): Locate {
  return (line, column) => locate(doc, line, column);
}

/** Parses a loaded document with GFM, runs `plugins`, and returns its HTML, unsanitized, as the plugins made it. */
export async function renderWith(doc: LoadedDocument, plugins: PluggableList): Promise<string> {
  doc.file.value = doc.text;
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(plugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return String(await processor.process(doc.file));
}

/**
 * One test per folder of `fixtures`: `<case>/input.md` (the folder is the
 * content root, so includes and images resolve inside it; the input may sit
 * deeper, `<case>/azure-ai-docs/articles/x/input.md`, where its path matters) rendered with
 * `plugins`, compared with `<case>/output.html`, and its diagnostics with
 * `<case>/messages.txt`.
 */
export function describeFixtures(fixtures: string, plugins: (doc: LoadedDocument, root: string) => PluggableList): void {
  describe.each(readdirSync(fixtures))('%s', (name) => {
    test('output and messages', async () => {
      const root = path.join(fixtures, name);
      const doc = loadDocument(root, findInput(root));
      const html = await renderWith(doc, plugins(doc, root));
      expectFile(path.join(root, 'output.html'), html + '\n');
      const messages = diagnosticsOf(doc.file).map((d) => formatDiagnostic(d));
      expectFile(path.join(root, 'messages.txt'), messages.map((m) => m + '\n').join(''));
    });
  });
}

/** The content path of the case's `input.md`, wherever below the case folder it is. */
function findInput(root: string): string {
  const found = readdirSync(root, { recursive: true, encoding: 'utf8' }).find((entry) => path.basename(entry) === 'input.md');
  if (!found) throw new Error(`No input.md in ${root}`);
  return found.split(path.sep).join('/');
}
