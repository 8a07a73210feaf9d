import { expect, test, vi } from 'vitest';
import { parseDocument } from '../../src/lib/content/load-document.ts';

vi.mock('../../src/lib/facts/extract-document-facts.ts', () => ({
  extractDocumentFacts: (doc: { path: string }) => {
    if (doc.path === 'bad.md') throw new Error('unforeseen input');
    return { meta: { id: 'good', path: doc.path, article: doc.path, title: 'Good' }, models: [], regions: [], availability: [], offers: [], unplaced: [], tables: [] };
  },
}));

test('a document whose extraction throws costs only that document, as an error diagnostic', async () => {
  const { extractLoadedDocuments } = await import('../../src/lib/facts/extract-dataset.ts');
  const { dataset } = extractLoadedDocuments([parseDocument('/nowhere', 'bad.md', '# Bad\n'), parseDocument('/nowhere', 'good.md', '# Good\n')]);
  expect(dataset.sources.map((source) => source.path)).toEqual(['bad.md', 'good.md']);
  expect(dataset.diagnostics.filter((d) => d.severity === 'error')).toEqual([
    { severity: 'error', rule: 'extract-failed', source: 'bad.md', line: 1, column: 1, message: 'Extraction failed on this file (unforeseen input); its tables are not read' },
  ]);
});
