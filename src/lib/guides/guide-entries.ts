import type { LoadedDocument } from '../content/load-document.ts';
import { siteOf, type SourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { TableFacts } from '../facts/assemble-dataset.ts';
import { indexDataset } from '../facts/dataset-index.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import { assembleResults, loadEach, readSource, type DocumentResult } from '../facts/extract-dataset.ts';
import { fillTableSlots } from './dataset-tables.ts';
import type { GuideHeading } from './heading-ids.ts';
import { loadPivotGroups, type PivotGroup } from './pivot-groups.ts';
import { renderGuide } from './render-guide.ts';
import { entryIdOf, guideRoute } from './routes.ts';
import { versionNote } from './version-note.ts';

/** What the site shows about where a page's text came from (footer credit, byline). */
export interface GuideSource {
  /** Content-relative path. */
  path: string;
  url?: string;
  /** `YYYY-MM-DD`, the date the source carries. */
  date?: string;
  publisher?: string;
  product?: string;
  license?: string;
}

export interface GuideEntry {
  id: string;
  route: string;
  data: {
    title: string;
    description?: string;
    /** The source's front matter as written: Learn's `ms.*`, `titleSuffix`, `zone_pivot_groups`; Google's `date_scraped`. */
    frontMatter: Record<string, unknown>;
    source: GuideSource;
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

export interface GuideBuild {
  dataset: Dataset;
  entries: GuideEntry[];
  /** Each document read, by content path: a change re-reads only the documents it touches. */
  read: Map<string, ReadGuide>;
  /** Files that could not be read. */
  unreadable: Diagnostic[];
}

/**
 * Reads every document of the content folder once: the extractor reads its
 * tables, and a document with a route is rendered from that same tree. Then
 * the dataset is assembled and each page's tables are filled in from their
 * own facts. Versions of one article (`x.md`, `x@2024-05-21.md`) each get a
 * page, with a note linking the others; the newest is the article.
 */
export async function buildGuides(root: string, options: GuideOptions = {}): Promise<GuideBuild> {
  const pivotGroups = loadPivotGroups();
  const unreadable: Diagnostic[] = [];
  const read = new Map<string, ReadGuide>();
  for (const doc of loadEach(root, unreadable)) read.set(doc.path, await readGuide(doc, root, pivotGroups, options));
  return { ...finishGuides(read, unreadable), read, unreadable };
}

export interface GuideOptions {
  /** The route of a content path, `undefined` for none (default: `guideRoute`). */
  routeOf?: (contentPath: string) => string | undefined;
}

/** Reads one loaded document: its facts, and its page when it has a route. */
export async function readGuide(doc: LoadedDocument, root: string, pivotGroups: PivotGroup[], options: GuideOptions = {}): Promise<ReadGuide> {
  const loaded = doc.file.messages.length;
  const { result, reading } = readSource(doc);
  const route = (options.routeOf ?? guideRoute)(doc.path);
  if (route === undefined) return { result };
  const extracted = doc.file.messages.length;
  const rendered = await renderGuide(doc, { root, pivotGroups, reading });
  const diagnostics = diagnosticsOf(doc.file);
  const meta = result.facts.meta;
  return {
    result,
    page: { meta, route, data: dataOf(doc, meta), html: rendered.html, headings: rendered.headings, diagnostics: [...diagnostics.slice(0, loaded), ...diagnostics.slice(extracted)], placed: reading.places.map((place) => place.node !== undefined) },
  };
}

/** The dataset from every document read, and the guide pages with their tables filled in. */
export function finishGuides(read: ReadonlyMap<string, ReadGuide>, unreadable: readonly Diagnostic[]): { dataset: Dataset; entries: GuideEntry[] } {
  const guides = [...read.values()];
  const { dataset, tables } = assembleResults(
    guides.map((guide) => guide.result),
    unreadable,
  );
  const factsOfSource = indexDataset(dataset).factsOfSource;
  const pages = guides.flatMap(({ result, page }) => (page ? [{ result, page }] : []));
  const versionsOf = Map.groupBy(
    pages.map(({ page }) => ({ meta: page.meta, route: page.route, hasFacts: factsOfSource.has(page.meta.id) })),
    (version) => version.meta.article,
  );
  const entries = pages.map(({ result, page }): GuideEntry => {
    const own = tables.get(result.facts);
    const diagnostics = [...page.diagnostics, ...tablesNotFound(result, page.placed, own)];
    const html = fillTableSlots(page.html, own, { dataset, provider: page.meta.provider, siteUrl: siteOf(page.meta.path)?.url });
    return { id: entryIdOf(page.route), route: page.route, data: page.data, html: versionNote(page.meta, versionsOf.get(page.meta.article)!) + html, headings: page.headings, diagnostics };
  });
  return { dataset, entries };
}

/** A table that gave facts but has no place in the tree (the parse kept no node for it) is shown as written, and said. */
function tablesNotFound(result: DocumentResult, placed: readonly boolean[], tables: readonly TableFacts[] | undefined): Diagnostic[] {
  return result.facts.tables.flatMap((table, index) => {
    if (!tables?.[index]?.availability.length || placed[index]) return [];
    return [{ severity: 'warning', rule: 'dataset-table-not-found', source: table.file ?? result.facts.meta.path, line: table.line, message: `No table parsed on lines ${table.line}–${table.endLine}, where the extractor read one; shown as written` }];
  });
}

function dataOf(doc: LoadedDocument, meta: SourceMeta): GuideEntry['data'] {
  const version = meta.path === meta.article ? undefined : meta.date;
  const title = version ? `${meta.title} (${version} version)` : meta.title;
  const source: GuideSource = { path: meta.path };
  if (meta.url) source.url = meta.url;
  if (meta.date) source.date = meta.date;
  if (meta.site) {
    source.publisher = meta.site.publisher;
    source.license = meta.site.license;
  }
  if (meta.product) source.product = meta.product;
  const data: GuideEntry['data'] = { title, frontMatter: doc.data, source };
  if (typeof doc.data.description === 'string') data.description = doc.data.description;
  return data;
}

