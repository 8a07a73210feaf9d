import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { repositoryFileUrl, siteConfig, sourceDocuments, sourceOf } from '../config/site-sources.ts';
import type { LoadedDocument } from '../content/load-document.ts';
import { siteOf, sourceMeta, type SourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { TableFacts } from '../facts/assemble-dataset.ts';
import { indexDataset } from '../facts/dataset-index.ts';
import { providerSchema, type Dataset, type Provider } from '../facts/dataset-schema.ts';
import { assembleResults, folderProviders, loadEach, readSource, type DocumentResult } from '../facts/extract-dataset.ts';
import { fillTableSlots } from './dataset-tables.ts';
import type { GuideFields, GuideSource } from './guide-data-schema.ts';
import type { GuideHeading } from './heading-ids.ts';
import { renderLandingPage } from './landing-page.ts';
import { siteNavigation } from './navigation/site-navigation.ts';
import { guideRenderer } from './render-guide.ts';
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

/** One document read once: what it gives the dataset and, when it has a route, its page with a slot per availability table. */
export interface ReadGuide {
  result: DocumentResult;
  page?: {
    meta: SourceMeta;
    route: string;
    data: GuideEntry['data'];
    /** The rendered HTML, its availability tables still slots (`fillTableSlots`). */
    html: string;
    headings: GuideHeading[];
    /** Loading and rendering problems (the extraction's are the dataset's). */
    diagnostics: Diagnostic[];
    /** Per table of `result.facts.tables`, whether it has a place in the tree (and a slot, when read). */
    placed: boolean[];
  };
}

export interface GuideOptions {
  /** The site config the pages are published by: routes, upstream links, search words (default: `siteConfig()`). */
  config?: ResolvedSiteConfig;
  /** The markdown files to read, relative to the root (default: every one below it; `configGuideOptions` names the sources'). */
  paths?: readonly string[];
  /** The YAML landing and hub pages to render, relative to the root (default: none). */
  landingPages?: readonly string[];
  /** The provider of each source folder the config names one for (`ExtractOptions.providers`). */
  providers?: readonly { dir: string; provider: Provider }[];
  /** The route of a content path, `undefined` for none (default: `guideRoute` in the config). */
  routeOf?: (contentPath: string) => string | undefined;
}

/** How a build reads its documents, settled once: a change in `astro dev` reads with the same. */
export interface GuideSettings {
  root: string;
  config: ResolvedSiteConfig;
  routeOf: (contentPath: string) => string | undefined;
  providerOf: (contentPath: string) => Provider | undefined;
  /** Whether a markdown file is one of the build's documents (a file only included is not). */
  isDocument: (contentPath: string) => boolean;
}

export interface GuideBuild {
  dataset: Dataset;
  entries: GuideEntry[];
  settings: GuideSettings;
  /** Each document read, by content path: a change re-reads only the documents it touches. */
  read: Map<string, ReadGuide>;
  /** The landing and hub pages, rendered once. */
  landing: GuideEntry[];
  /** Files that could not be read. */
  unreadable: Diagnostic[];
}

/** The options that build every source of a site config: its documents, landing pages and providers. */
export function configGuideOptions(config: ResolvedSiteConfig = siteConfig()): GuideOptions & { config: ResolvedSiteConfig } {
  return {
    config,
    paths: sourceDocuments(config),
    landingPages: sourceDocuments(config, { landingPages: true }).filter((path) => LANDING_FILE.test(path)),
    providers: config.sources.flatMap((source) => {
      const provider = providerSchema.safeParse(source.provider);
      return provider.success ? [{ dir: source.contentDir, provider: provider.data }] : [];
    }),
  };
}

/**
 * Reads every document below `root` once: the extractor reads its tables,
 * and a document with a route is rendered from that same tree. Then the
 * dataset is assembled and each page's tables are filled in from their own
 * facts. Versions of one article (`x.md`, `x@2024-05-21.md`) each get a
 * page, with a note linking the others; the newest is the article. A file
 * that other documents include is read where it is included, not as a page
 * of its own. YAML landing and hub pages render as link lists.
 */
export async function buildGuides(root: string, options: GuideOptions = {}): Promise<GuideBuild> {
  const config = options.config ?? siteConfig();
  const settings: GuideSettings = {
    root,
    config,
    routeOf: options.routeOf ?? ((contentPath) => guideRoute(contentPath, config)),
    providerOf: folderProviders({ providers: options.providers ?? [] }),
    isDocument: options.paths ? (contentPath) => !isHidden(contentPath) && sourceOf(contentPath, config) !== undefined : () => true,
  };
  const unreadable: Diagnostic[] = [];
  const read = new Map<string, ReadGuide>();
  for (const doc of loadEach(root, unreadable, options.paths)) read.set(doc.path, await readGuide(doc, settings));
  const landing = (options.landingPages ?? []).flatMap((path) => landingEntry(path, settings));
  return { ...finishGuides(read, unreadable, landing, settings), settings, read, landing, unreadable };
}

/** A path in a hidden folder or `node_modules`, which `sourceDocuments` never lists. */
function isHidden(contentPath: string): boolean {
  return contentPath.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

/** Reads one loaded document: its facts, and its page when it has a route, both from one parse. */
export async function readGuide(doc: LoadedDocument, settings: GuideSettings): Promise<ReadGuide> {
  const loaded = doc.file.messages.length;
  const route = settings.routeOf(doc.path);
  const provider = settings.providerOf(doc.path);
  const renderer = route === undefined ? undefined : guideRenderer(doc, { root: settings.root });
  const options = { ...(provider ? { provider } : {}), ...(renderer ? { parse: renderer.parse } : {}) };
  const { result, reading } = readSource(doc, options);
  if (route === undefined || !renderer) return { result };
  const extracted = doc.file.messages.length;
  const rendered = await renderer.render(reading);
  const diagnostics = diagnosticsOf(doc.file);
  const meta = result.facts.meta;
  return {
    result,
    page: {
      meta,
      route,
      data: dataOf(doc.data, meta, settings.config),
      html: rendered.html,
      headings: rendered.headings,
      diagnostics: [...diagnostics.slice(0, loaded), ...diagnostics.slice(extracted)],
      placed: reading.places.map((place) => place.node !== undefined),
    },
  };
}

/** The dataset from every document read, and the guide pages with their tables filled in, then the landing pages. */
export function finishGuides(read: ReadonlyMap<string, ReadGuide>, unreadable: readonly Diagnostic[], landing: readonly GuideEntry[], settings: GuideSettings): { dataset: Dataset; entries: GuideEntry[] } {
  const guides = [...read.values()];
  const { dataset, tables } = assembleResults(
    guides.map((guide) => guide.result),
    unreadable,
  );
  const factsOfSource = indexDataset(dataset).factsOfSource;
  const searchWords = siteNavigation(settings.config).searchWords;
  const included = new Set(guides.flatMap((guide) => [...guide.result.includes]));
  const pages = guides.flatMap(({ result, page }) => (page && !included.has(page.meta.path) ? [{ result, page }] : []));
  const versionsOf = Map.groupBy(
    pages.map(({ page }) => ({ meta: page.meta, route: page.route, hasFacts: factsOfSource.has(page.meta.id) })),
    (version) => version.meta.article,
  );
  const entries = pages.map(({ result, page }): GuideEntry => {
    const own = tables.get(result.facts);
    const diagnostics = [...page.diagnostics, ...tablesNotFound(result, page.placed, own)];
    const html = fillTableSlots(page.html, own, { dataset, provider: page.meta.provider, siteUrl: siteOf(page.meta.path)?.url });
    return {
      id: entryIdOf(page.route),
      route: page.route,
      data: page.data,
      html: searchWordsHtml(searchWords.get(page.meta.path)) + versionNote(page.meta, versionsOf.get(page.meta.article)!) + html,
      headings: page.headings,
      diagnostics,
    };
  });
  return { dataset, entries: [...entries, ...landing] };
}

/** A landing or hub page (YAML) as an entry, when it has a route. */
export function landingEntry(path: string, settings: GuideSettings): GuideEntry[] {
  const route = settings.routeOf(path);
  if (route === undefined) return [];
  const page = renderLandingPage(path, { root: settings.root, route: settings.routeOf });
  const data = dataOf(page.frontMatter, sourceMeta(path, { ...page.frontMatter, title: page.title }), settings.config);
  if (page.description) data.description = page.description;
  const words = siteNavigation(settings.config).searchWords.get(path);
  return [{ id: entryIdOf(route), route, data, html: searchWordsHtml(words) + page.html, headings: page.headings, diagnostics: diagnosticsOf(page.file) }];
}

/** Learn landing and hub pages are YAML (other YAML files are never listed as documents). */
const LANDING_FILE = /\.ya?ml$/i;

/** A table that gave facts but has no place in the tree (the parse kept no node for it) is shown as written, and said. */
function tablesNotFound(result: DocumentResult, placed: readonly boolean[], tables: readonly TableFacts[] | undefined): Diagnostic[] {
  return result.facts.tables.flatMap((table, index) => {
    if (!tables?.[index]?.availability.length || placed[index]) return [];
    return [{ severity: 'warning', rule: 'dataset-table-not-found', source: table.file ?? result.facts.meta.path, line: table.line, message: `No table parsed on lines ${table.line}–${table.endLine}, where the extractor read one; shown as written` }];
  });
}

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
