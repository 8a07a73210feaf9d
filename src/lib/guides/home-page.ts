import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Dataset } from '../facts/dataset-schema.ts';
import { providerLabels, providerOrder } from '../matrix/provider-label.ts';
import { matrixRoute, modelRoute } from '../site-data/page-routes.ts';
import { guideRoute } from './routes.ts';

/** A collection entry that is not rendered from a content document. */
export interface PageEntry {
  id: string;
  data: Record<string, unknown>;
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  diagnostics: [];
}

const GUIDES: readonly { path: string; label: string }[] = [
  { path: 'azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md', label: 'Deploy models as serverless API deployments (Microsoft Foundry)' },
  { path: 'azure-ai-docs/articles/machine-learning/how-to-deploy-models-serverless.md', label: 'Deploy models as serverless APIs (Azure Machine Learning)' },
  { path: 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability.md', label: 'Region availability for models in serverless API endpoints' },
  { path: 'cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md', label: 'Deployments and endpoints (Vertex AI)' },
];

/**
 * The home page: it leads with finding a model's regions (the matrix, then
 * every model's page, by provider), then the guides. Built from the dataset,
 * so a new model shows up without editing the page.
 */
export function homeEntry(dataset: Dataset | undefined): PageEntry {
  const sections = providerOrder.flatMap((provider) => {
    const models = (dataset?.models ?? []).filter((model) => model.provider === provider).sort((a, b) => a.name.localeCompare(b.name));
    if (models.length === 0) return [];
    return [
      h('h3', { id: `models-${provider}` }, providerLabels[provider]),
      h('ul', { className: ['home-models'] }, models.map((model) => h('li', [h('a', { href: modelRoute(model.id) }, model.name)]))),
    ];
  });
  const html = toHtml([
    h('h2', { id: 'find-a-models-regions' }, 'Find a model’s regions'),
    h('p', ['Open the ', h('a', { href: matrixRoute }, 'availability matrix'), ' to filter every model by region, or pick a model below. The search box at the top finds models, regions and guides.']),
    ...sections,
    h('h2', { id: 'guides' }, 'Deployment guides'),
    h('ul', GUIDES.map((guide) => h('li', [h('a', { href: guideRoute(guide.path) }, guide.label)]))),
    h('p', ['Every page credits its source. Read ', h('a', { href: '/about/sources/' }, 'about the sources'), '.']),
  ]);
  return {
    id: 'index',
    data: {
      title: 'Where models run',
      description: 'Where can I use this model? Region availability for cloud AI models, from the providers’ own documentation.',
      template: 'splash',
      hero: {
        title: 'Where models run',
        tagline: 'Find the cloud regions where you can deploy an AI model, from Microsoft Learn and Google Cloud documentation.',
        actions: [
          { text: 'Find a model’s regions', link: matrixRoute, icon: 'right-arrow', variant: 'primary' },
          { text: 'Deployment guides', link: '#guides', variant: 'minimal' },
        ],
      },
    },
    html,
    headings: [
      { depth: 2, slug: 'find-a-models-regions', text: 'Find a model’s regions' },
      { depth: 2, slug: 'guides', text: 'Deployment guides' },
    ],
    diagnostics: [],
  };
}
