import path from 'node:path';
import { expect, test } from 'vitest';
import { loadDocument } from '../lib/content/load-document.ts';
import { dependentRepositoriesFor, setRoot } from '../lib/guides/docset-files.ts';
import { renderGuide } from '../lib/guides/render-guide.ts';
import * as code from './remark-learn-code.ts';
import remarkLearnCode from './remark-learn-code.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(code)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/code'), (doc, root) => [
  [
    remarkLearnCode,
    {
      root,
      setRoot: path.relative(root, setRoot(root, doc.path)).split(path.sep).join('/') || '.',
      repositories: dependentRepositoriesFor(root, doc.path),
      upstreamFile: (file: string) => (file.startsWith('../') ? undefined : `https://github.com/example/docs/blob/main/${file}`),
      locate: locateIn(doc),
    },
  ],
]);

test('highlighted lines reach Expressive Code as marked lines', async () => {
  const root = path.join(import.meta.dirname, 'fixtures/code/snippet-id');
  const { html } = await renderGuide(loadDocument(root, 'input.md'), { root, pivotGroups: [] });
  const lines = [...html.matchAll(/<div class="(ec-line[^"]*)"/g)].map((m) => m[1]!.includes('highlight'));
  // input.md asks for highlight="2-3" of the three-line region.
  expect(lines).toEqual([false, true, true]);
});
