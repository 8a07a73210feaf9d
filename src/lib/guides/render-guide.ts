import rehypeExpressiveCode from 'rehype-expressive-code';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { sanitize } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';
import { unified, type PluggableList } from 'unified';
import { locate, type LoadedDocument } from '../content/load-document.ts';
import path from 'node:path';
import { siteOf } from '../content/source-meta.ts';
import { repositoryFileUrl } from '../config/site-sources.ts';
import { report } from '../diagnostics/diagnostic.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import remarkLearnAlerts from '../../remark/remark-learn-alerts.ts';
import remarkLearnCode from '../../remark/remark-learn-code.ts';
import remarkLearnColumns from '../../remark/remark-learn-columns.ts';
import remarkLearnDivs from '../../remark/remark-learn-divs.ts';
import remarkLearnImages from '../../remark/remark-learn-images.ts';
import remarkLearnIncludes from '../../remark/remark-learn-includes.ts';
import remarkLearnLeftovers from '../../remark/remark-learn-leftovers.ts';
import remarkLearnLinks from '../../remark/remark-learn-links.ts';
import remarkLearnMonikers from '../../remark/remark-learn-monikers.ts';
import remarkLearnTabs from '../../remark/remark-learn-tabs.ts';
import remarkLearnVideo from '../../remark/remark-learn-video.ts';
import remarkLearnZones from '../../remark/remark-learn-zones.ts';
import type { Locate } from '../../remark/locate.ts';
import { remarkDatasetTables } from './dataset-tables.ts';
import { remarkDropTitle } from './drop-title.ts';
import { rehypeCodeLanguages } from './code-languages.ts';
import { expressiveCodeOptions } from './expressive-code.ts';
import { rehypeHeadingIds, type GuideHeading } from './heading-ids.ts';
import { dependentRepositoriesFor, monikersFor, setRoot } from './docset-files.ts';
import { pivotGroupsFor, type PivotGroup } from './pivot-groups.ts';
import { guideRoute } from './routes.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface RenderGuideOptions {
  /** The content folder. */
  root: string;
  /**
   * The pivot groups the document's `zone_pivot_groups` picks from (default:
   * the set's own, `pivotGroupsFor(root, doc.path, doc.data)`, with the
   * project's file as the fallback).
   */
  pivotGroups?: PivotGroup[];
  /** The dataset, when built: availability tables of the document are rendered from it. */
  dataset?: Dataset;
  /** The document's source id in the dataset. */
  sourceId?: string;
  /**
   * The upstream address of a file of the content folder, by its
   * content-relative path (default: from the folder's known site, when it
   * names its repository); code that cannot be shown links there.
   */
  upstreamFile?: (contentPath: string) => string | undefined;
}

export interface RenderedGuide {
  html: string;
  headings: GuideHeading[];
}

/**
 * Renders one loaded document to safe HTML: GFM, the Learn dialect plugins,
 * raw HTML parsed and sanitized to an allowlist, heading ids, Expressive
 * Code. Problems land on `doc.file` as diagnostics.
 */
export async function renderGuide(doc: LoadedDocument, options: RenderGuideOptions): Promise<RenderedGuide> {
  const at: Locate = (line, column) => locate(doc, line, column);
  const headings: GuideHeading[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(learnDialect(doc, options))
    .use(remarkLearnLinks, { root: options.root, route: guideRoute, locate: at })
    .use(remarkDatasetTables, { dataset: options.dataset, sourceId: options.sourceId, locate: at, siteUrl: siteOf(doc.path)?.url })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: HastRoot) => sanitize(tree, sanitizeSchema) as HastRoot)
    .use(rehypeHeadingIds, headings)
    .use(rehypeCodeLanguages)
    .use(rehypeExpressiveCode, expressiveCodeOptions())
    .use(rehypeStringify);
  doc.file.value = doc.text;
  const html = String(await processor.process(doc.file));
  return { html, headings };
}

/**
 * The Learn dialect plugins, in the order they must run: includes first (they
 * wrap the parser to protect tokens), columns (they wrap it to read indented
 * columns), then the blocks that group content (zones, monikers, tabs,
 * alerts, divs, video), then what becomes content (code, images), and last
 * the leftovers.
 */
export function learnDialect(doc: LoadedDocument, options: Pick<RenderGuideOptions, 'root' | 'pivotGroups' | 'upstreamFile'>): PluggableList {
  const at: Locate = (line, column) => locate(doc, line, column);
  return [
    [remarkLearnIncludes, { root: options.root, locate: at }],
    [remarkLearnColumns, { locate: at }],
    [remarkDropTitle],
    [remarkLearnZones, { groups: groupsOf(doc, options.pivotGroups ?? pivotGroupsFor(options.root, doc.path, doc.data)), locate: at }],
    [remarkLearnMonikers, { monikers: monikersFor(options.root, doc.path), locate: at }],
    [remarkLearnTabs, { locate: at }],
    [remarkLearnAlerts, { locate: at }],
    [remarkLearnDivs, { locate: at }],
    [remarkLearnVideo, { locate: at }],
    [
      remarkLearnCode,
      {
        root: options.root,
        setRoot: relativePath(options.root, setRoot(options.root, doc.path)),
        repositories: dependentRepositoriesFor(options.root, doc.path),
        upstreamFile: options.upstreamFile ?? ((contentPath: string) => repositoryFileUrl(contentPath)),
        locate: at,
      },
    ],
    [remarkLearnImages, { root: options.root, locate: at }],
    // Last: what the others left is reported and loses its markers.
    [remarkLearnLeftovers, { locate: at }],
  ];
}

/** The pivot groups named by the front matter's `zone_pivot_groups` (a comma-separated string or a list). */
function groupsOf(doc: LoadedDocument, groups: PivotGroup[]): PivotGroup[] {
  const named = doc.data.zone_pivot_groups;
  const ids = (Array.isArray(named) ? named.map(String) : typeof named === 'string' ? named.split(',') : []).map((id) => id.trim()).filter(Boolean);
  return ids.flatMap((id) => {
    const found = groups.filter((group) => group.id === id);
    if (found.length === 0) report(doc.file, 'warning', 'zone-pivot-group-unknown', `Pivot group \`${id}\` is defined neither by the set's zone pivot groups file nor by src/data/zone-pivot-groups.yml; its zones are labelled from their ids`, { source: doc.path, line: 1, column: 1 });
    return found;
  });
}

/** `to` relative to `from`, `/`-separated, `.` when the same. */
function relativePath(from: string, to: string): string {
  return path.relative(path.resolve(from), to).split(path.sep).join('/') || '.';
}

