import { existsSync } from 'node:fs';
import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { repositoryFileUrl, siteConfig, sourceDocuments } from '../config/site-sources.ts';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { loadDocument } from '../content/load-document.ts';
import { sourceMeta, type SourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import type { GuideFields, GuideSource } from './guide-data-schema.ts';
import type { GuideHeading } from './heading-ids.ts';
import { renderLandingPage } from './landing-page.ts';
import { siteNavigation } from './navigation/site-navigation.ts';
import { renderGuide } from './render-guide.ts';
import { entryIdOf, guideRoute } from './routes.ts';
import { versionNote } from './version-note.ts';

export type { GuideSource } from './guide-data-schema.ts';

export interface GuideEntry {
  id: string;
  route: string;
  data: Required<Pick<GuideFields, 'frontMatter' | 'source'>> & {
    title: string;
    description?: string;
  };
  html: string;
  headings: GuideHeading[];
  diagnostics: Diagnostic[];
}

/**
 * Loads and renders every document of every source in the site config.
 * Versions of one article (`x.md`, `x@2024-05-21.md`) each get a page, with
 * a note linking the others; the newest is the article. A file that other
 * documents include is read where it is included, not as a page of its own.
 */
export async function buildGuideEntries(dataset: Dataset | undefined, config: ResolvedSiteConfig = siteConfig()): Promise<GuideEntry[]> {
  const root = config.contentRoot;
  const paths = sourceDocuments(config, { landingPages: true }).filter((path) => guideRoute(path, config) !== undefined);
  const searchWords = siteNavigation(config).searchWords;
  const loaded = paths
    .filter((path) => !LANDING_FILE.test(path))
    .map((path) => {
      const doc = loadDocument(root, path);
      return { doc, meta: sourceMeta(path, doc.data, doc.text) };
    });
  const included = new Set(loaded.flatMap(({ doc }) => doc.origins.map((origin) => origin.source).filter((source) => source !== doc.path)));
  const docs = loaded.filter(({ doc }) => !included.has(doc.path));
  const entries: GuideEntry[] = [];
  for (const { doc, meta } of docs) {
    const route = guideRoute(doc.path, config)!;
    const versions = docs
      .filter((other) => other.meta.article === meta.article)
      .map((other) => ({ meta: other.meta, route: guideRoute(other.doc.path, config)!, hasFacts: dataset?.availability.some((fact) => fact.source === other.meta.id) ?? false }));
    const rendered = await renderGuide(doc, { root, dataset, sourceId: meta.id });
    entries.push({
      id: entryIdOf(route),
      route,
      data: dataOf(doc.data, meta, config),
      html: searchWordsHtml(searchWords.get(doc.path)) + versionNote(meta, versions) + rendered.html,
      headings: rendered.headings,
      diagnostics: diagnosticsOf(doc.file),
    });
  }
  for (const path of paths.filter((candidate) => LANDING_FILE.test(candidate))) {
    const route = guideRoute(path, config)!;
    const page = renderLandingPage(path, { root, route: (contentPath) => guideRoute(contentPath, config) });
    const data = dataOf(page.frontMatter, sourceMeta(path, { ...page.frontMatter, title: page.title }), config);
    if (page.description) data.description = page.description;
    entries.push({ id: entryIdOf(route), route, data, html: searchWordsHtml(searchWords.get(path)) + page.html, headings: page.headings, diagnostics: diagnosticsOf(page.file) });
  }
  return entries;
}

/** Learn landing and hub pages are YAML (other YAML files are never listed as documents). */
const LANDING_FILE = /\.ya?ml$/i;

/**
 * A page's extra search words (its TOC entries' `displayName`), in the page
 * but hidden: Pagefind indexes hidden text, readers don't see it.
 */
function searchWordsHtml(words: readonly string[] | undefined): string {
  if (!words || words.length === 0) return '';
  return toHtml(h('p', { className: ['guide-search-words'], hidden: true }, words.join(', ')));
}

function dataOf(frontMatter: Record<string, unknown>, meta: SourceMeta, config: ResolvedSiteConfig): GuideEntry['data'] {
  const version = meta.path === meta.article ? undefined : meta.date;
  const title = version ? `${meta.title} (${version} version)` : meta.title;
  const source: GuideSource = { path: meta.path };
  if (meta.url) source.url = meta.url;
  const repositoryUrl = repositoryFileUrl(meta.path, undefined, config);
  if (repositoryUrl) source.repositoryUrl = repositoryUrl;
  if (meta.date) source.date = meta.date;
  if (meta.site) {
    source.publisher = meta.site.publisher;
    source.license = meta.site.license;
  }
  if (meta.product) source.product = meta.product;
  const data: GuideEntry['data'] = { title, frontMatter, source };
  if (typeof frontMatter.description === 'string') data.description = frontMatter.description;
  return data;
}

/** The dataset when it has been built (`npm run extract`), else `undefined`. */
export function datasetIfBuilt(file: string, load: () => Dataset): Dataset | undefined {
  return existsSync(file) ? load() : undefined;
}
