import { expect, test } from 'vitest';
import { sourceMeta } from '../../src/lib/content/source-meta.ts';
import { versionNote } from '../../src/lib/guides/version-note.ts';

const newest = sourceMeta('azure-ai-docs/articles/ai-studio/how-to/a.md', { 'ms.date': '11/21/2024' });
const older = sourceMeta('azure-ai-docs/articles/ai-studio/how-to/a@2024-05-21.md', { 'ms.date': '5/21/2024' });
const versions = [
  { meta: newest, route: '/guides/azure/ai-studio/how-to/a/', hasFacts: false },
  { meta: older, route: '/guides/azure/ai-studio/how-to/a/2024-05-21/', hasFacts: true },
];

test('the newest version links the earlier one, and sends readers there for the tables it lacks', () => {
  expect(versionNote(newest, versions)).toBe(
    '<div role="note" aria-label="Versions" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true">Versions</p><div class="starlight-aside__content"><p>This is the 2024-11-21 version of this article. Earlier: <a href="/guides/azure/ai-studio/how-to/a/2024-05-21/">the 2024-05-21 version</a>. Its availability tables are not among our sources; <a href="/guides/azure/ai-studio/how-to/a/2024-05-21/">the 2024-05-21 version</a> and the <a href="/availability/">availability matrix</a> show them.</p></div></div>\n',
  );
});

test('an older version names its date and links the article', () => {
  expect(versionNote(older, versions)).toContain('<p>This is the 2024-05-21 version of this article, kept for its availability tables. Read <a href="/guides/azure/ai-studio/how-to/a/">the current version</a>.</p>');
});

test('an article with one version gets no note', () => {
  expect(versionNote(newest, [versions[0]!])).toBe('');
});
