import { expect, test } from 'vitest';
import type { GuideEntry } from '../../src/lib/guides/guide-entries.ts';
import { guideLinks, homeEntry } from '../../src/lib/guides/home-page.ts';

const guide = (route: string, path: string, title: string, product?: string): GuideEntry => ({
  id: route.replace(/^\/|\/$/g, ''),
  route,
  data: { title, frontMatter: {}, source: product ? { path, product } : { path } },
  html: '',
  headings: [],
  diagnostics: [],
});

const guides = [
  guide('/guides/google-cloud/vertex-ai/locations/', 'cloud.google.com/vertex-ai/locations.md', 'Deployments And Endpoints', 'Vertex AI'),
  guide('/about/sources/', 'NOTICE.md', 'About the sources'),
  guide('/guides/azure/ai-studio/x/2024-05-21/', 'azure-ai-docs/articles/ai-studio/x@2024-05-21.md', 'Region availability (2024-05-21 version)', 'Azure AI Studio'),
  guide('/guides/azure/ai-studio/x/', 'azure-ai-docs/articles/ai-studio/x.md', 'Region availability', 'Azure AI Foundry'),
  guide('/guides/azure/untitled/', 'azure-ai-docs/articles/untitled.md', 'No product'),
];

test('the home page lists each guide once, newest version, by route, with its product', () => {
  expect(guideLinks(guides)).toEqual([
    { route: '/guides/azure/ai-studio/x/', label: 'Region availability (Azure AI Foundry)' },
    { route: '/guides/azure/untitled/', label: 'No product' },
    { route: '/guides/google-cloud/vertex-ai/locations/', label: 'Deployments And Endpoints (Vertex AI)' },
  ]);
});

test('the guides section links them', () => {
  const { html } = homeEntry(undefined, guides);
  const section = html.slice(html.indexOf('<h2 id="guides">'));
  expect([...section.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((match) => `${match[1]} ${match[2]}`)).toEqual([
    '/guides/azure/ai-studio/x/ Region availability (Azure AI Foundry)',
    '/guides/azure/untitled/ No product',
    '/guides/google-cloud/vertex-ai/locations/ Deployments And Endpoints (Vertex AI)',
    '/about/sources/ about the sources',
  ]);
});
