import { existsSync } from 'node:fs';
import { listDocuments } from '../content/list-documents.ts';
import { loadDocument, type LoadedDocument } from '../content/load-document.ts';
import { sourceMeta, type SourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { indexDataset } from '../facts/dataset-index.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import type { GuideHeading } from './heading-ids.ts';
import { loadPivotGroups } from './pivot-groups.ts';
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

/**
 * Loads and renders every document of the content folder that has a route.
 * Versions of one article (`x.md`, `x@2024-05-21.md`) each get a page, with
 * a note linking the others; the newest is the article.
 */
export async function buildGuideEntries(root: string, dataset: Dataset | undefined): Promise<GuideEntry[]> {
  const pivotGroups = loadPivotGroups();
  const docs = listDocuments(root)
    .filter((path) => guideRoute(path) !== undefined)
    .map((path) => {
      const doc = loadDocument(root, path);
      return { doc, meta: sourceMeta(path, doc.data, doc.text) };
    });
  const factsOfSource = dataset ? indexDataset(dataset).factsOfSource : new Map();
  const versionsOf = Map.groupBy(
    docs.map(({ doc, meta }) => ({ meta, route: guideRoute(doc.path)!, hasFacts: factsOfSource.has(meta.id) })),
    (version) => version.meta.article,
  );
  const entries: GuideEntry[] = [];
  for (const { doc, meta } of docs) {
    const route = guideRoute(doc.path)!;
    const versions = versionsOf.get(meta.article)!;
    const rendered = await renderGuide(doc, { root, pivotGroups, dataset, sourceId: meta.id });
    entries.push({
      id: entryIdOf(route),
      route,
      data: dataOf(doc, meta),
      html: versionNote(meta, versions) + rendered.html,
      headings: rendered.headings,
      diagnostics: diagnosticsOf(doc.file),
    });
  }
  return entries;
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

/** The dataset when it has been built (`npm run extract`), else `undefined`. */
export function datasetIfBuilt(file: string, load: () => Dataset): Dataset | undefined {
  return existsSync(file) ? load() : undefined;
}
