import path from 'node:path';
import { expect, test } from 'vitest';
import { loadDocument } from './load-document.ts';
import { listDocuments } from './list-documents.ts';
import { resolveLink } from './resolve-link.ts';
import { normalizeDate, sourceMeta, upstreamUrl } from './source-meta.ts';

const content = path.resolve('content');
const foundry = 'azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md';
const availability = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability.md';
const availabilityOld = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability@2024-05-21.md';

test('every source is described from its front matter and path', () => {
  const described = listDocuments(content)
    .filter((p) => p !== 'NOTICE.md')
    .map((p) => {
      const doc = loadDocument(content, p);
      const { id, article, title, product, provider, date, url } = sourceMeta(p, doc.data, doc.text);
      return { id, article, title, product, provider, date, url };
    });
  expect(described).toEqual([
    {
      id: 'azure-ai-docs-articles-ai-foundry-how-to-deploy-models-serverless',
      article: foundry,
      title: 'Deploy models as serverless API deployments',
      product: 'Microsoft Foundry',
      provider: 'azure',
      date: '2026-01-26',
      url: 'https://learn.microsoft.com/azure/ai-foundry/how-to/deploy-models-serverless',
    },
    {
      id: 'azure-ai-docs-articles-ai-studio-how-to-deploy-models-serverless-availability',
      article: availability,
      title: 'Region availability for models in Serverless API endpoints',
      product: 'Azure AI Foundry',
      provider: 'azure',
      date: '2024-11-21',
      url: 'https://learn.microsoft.com/azure/ai-studio/how-to/deploy-models-serverless-availability',
    },
    {
      id: 'azure-ai-docs-articles-ai-studio-how-to-deploy-models-serverless-availability-2024-05-21',
      article: availability,
      title: 'Region availability for models in Serverless API endpoints',
      product: 'Azure AI Studio',
      provider: 'azure',
      date: '2024-05-21',
      url: 'https://learn.microsoft.com/azure/ai-studio/how-to/deploy-models-serverless-availability',
    },
    {
      id: 'azure-ai-docs-articles-machine-learning-how-to-deploy-models-serverless',
      article: 'azure-ai-docs/articles/machine-learning/how-to-deploy-models-serverless.md',
      title: 'Deploy models as serverless APIs',
      product: 'Azure Machine Learning',
      provider: 'azure',
      date: '2024-05-09',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-deploy-models-serverless',
    },
    {
      id: 'cloud-google-com-vertex-ai-generative-ai-docs-learn-locations',
      article: 'cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md',
      title: 'Deployments And Endpoints',
      product: 'Vertex AI',
      provider: 'google-cloud',
      date: '2025-05-12',
      url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations',
    },
  ]);
});

test.each([
  ['5/21/2024', '2024-05-21'],
  ['05/09/2024', '2024-05-09'],
  ['2025-05-12', '2025-05-12'],
  [new Date('2025-05-12T00:00:00Z'), '2025-05-12'],
  ['someday', undefined],
  [42, undefined],
])('normalizeDate(%s)', (input, expected) => {
  expect(normalizeDate(input)).toBe(expected);
});

test('a source outside the known sites has no upstream URL and infers its provider from Learn keys', () => {
  const meta = sourceMeta('team/page.md', { 'ms.date': '1/2/2025' }, '# Page title\n');
  expect(meta).toMatchObject({ title: 'Page title', provider: 'azure', date: '2025-01-02' });
  expect(meta.url).toBeUndefined();
  expect(upstreamUrl('team/page.md')).toBeUndefined();
});

test.each([
  [foundry, 'deploy-models-serverless-availability.md', { kind: 'page', path: availability }],
  [foundry, 'deploy-models-serverless-availability.md#anchor', { kind: 'page', path: availability, hash: 'anchor' }],
  [availabilityOld, 'deploy-models-serverless.md', { kind: 'page', path: foundry }],
  [foundry, '../concepts/rbac-foundry.md', { kind: 'upstream', url: 'https://learn.microsoft.com/azure/ai-foundry/concepts/rbac-foundry', path: 'azure-ai-docs/articles/ai-foundry/concepts/rbac-foundry.md' }],
  [
    'cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md',
    '../models/gemini/2-0-flash.md',
    { kind: 'upstream', url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/2-0-flash', path: 'cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/2-0-flash.md' },
  ],
  [foundry, '../../../../../../etc/passwd', { kind: 'unresolved' }],
  [foundry, 'https://example.com/x.md', { kind: 'unresolved' }],
])('resolveLink(%s, %s)', (from, href, expected) => {
  expect(resolveLink(content, from, href)).toEqual(expected);
});
