import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import { providerLabels, providerOrder } from '../matrix/provider-label.ts';
import { matrixRoute, modelRoute } from '../site-data/page-routes.ts';
import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { siteConfig, siteOwnRoute, sourceOf, upstreamPublishers } from '../config/site-sources.ts';
import { articlePath } from '../content/source-meta.ts';
import type { GuideEntry } from './guide-entries.ts';

/** A collection entry that is not rendered from a content document. */
export interface PageEntry {
  id: string;
  data: Record<string, unknown>;
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** Problems that belong to no guide (the sources' TOC files). */
  diagnostics: Diagnostic[];
}

/**
 * The guides the home page lists: each article of a source published
 * upstream once (its newest version), by route, titled with its product.
 */
export function guideLinks(guides: readonly GuideEntry[], config: ResolvedSiteConfig = siteConfig()): { route: string; label: string }[] {
  return guides
    .filter((guide) => sourceOf(guide.data.source.path, config)?.url !== undefined && articlePath(guide.data.source.path) === guide.data.source.path)
    .sort((a, b) => a.route.localeCompare(b.route))
    .map((guide) => ({ route: guide.route, label: guide.data.source.product ? `${guide.data.title} (${guide.data.source.product})` : guide.data.title }));
}

/**
 * The home page: it leads with finding a model's regions (the matrix, then
 * every model's page, by provider), then the guides. Built from the dataset
 * and the guides, so a new model or guide shows up without editing the page.
 */
export function homeEntry(dataset: Dataset | undefined, guides: readonly GuideEntry[], config: ResolvedSiteConfig = siteConfig()): PageEntry {
  const about = siteOwnRoute(config);
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
    h('ul', guideLinks(guides, config).map((guide) => h('li', [h('a', { href: guide.route }, guide.label)]))),
    h('p', about ? ['Every page credits its source. Read ', h('a', { href: about }, 'about the sources'), '.'] : ['Every page credits its source.']),
  ]);
  return {
    id: 'index',
    data: {
      title: config.title,
      description: config.description,
      template: 'splash',
      hero: {
        title: config.title,
        tagline: `Find the cloud regions where you can deploy an AI model, from ${upstreamPublishers(config).join(' and ')} documentation.`,
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
