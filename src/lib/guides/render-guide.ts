import rehypeExpressiveCode from 'rehype-expressive-code';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { sanitize } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { unified, type PluggableList, type Processor } from 'unified';
import { locate, type LoadedDocument } from '../content/load-document.ts';
import path from 'node:path';
import { repositoryFileUrl } from '../config/site-sources.ts';
import { report } from '../diagnostics/diagnostic.ts';
import type { DocumentReading } from '../facts/extract-document-facts.ts';
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
import { remarkTableSlots, type TableSlotsOptions } from './dataset-tables.ts';
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
  /**
   * The extractor's reading of the document: the guide goes on from its tree,
   * and each availability table it read gets a slot for its clean table
   * (`fillTableSlots`) (default: the document is parsed here, tables as written).
   */
  reading?: DocumentReading;
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
 * Code. Problems land on `doc.file` as diagnostics. Given the extractor's
 * reading, the document is not parsed again: rendering goes on from that tree.
 */
export async function renderGuide(doc: LoadedDocument, options: RenderGuideOptions): Promise<RenderedGuide> {
  return guideRenderer(doc, options).render(options.reading);
}

/** One document's guide pipeline: its parse, which the extractor reads the tables from, and its rendering from that tree. */
export interface GuideRenderer {
  /**
   * Parses text with the document's lines (its text, or its text with tables
   * set apart) as the guide reads it: GFM, with the dialect's parser
   * wrappers (inline include tokens protected, columns dedented).
   */
  parse(text: string): Root;
  /** Renders the document from the reading's tree (default: parsed here, tables as written). */
  render(reading?: DocumentReading): Promise<RenderedGuide>;
}

export function guideRenderer(doc: LoadedDocument, options: Omit<RenderGuideOptions, 'reading'>): GuideRenderer {
  const at: Locate = (line, column) => locate(doc, line, column);
  const headings: GuideHeading[] = [];
  // Read when the tree is run, so the slots can come from a reading made with this very processor's parse.
  const slots: TableSlotsOptions = { places: [], read: [], text: doc.text };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(learnDialect(doc, options))
    .use(remarkLearnLinks, { root: options.root, route: guideRoute, locate: at })
    .use(remarkTableSlots, slots)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: HastRoot) => sanitize(tree, sanitizeSchema) as HastRoot)
    .use(rehypeHeadingIds, headings)
    .use(rehypeCodeLanguages)
    .use(rehypeExpressiveCode, expressiveCodeOptions())
    .use(rehypeStringify) as unknown as Processor<Root, Root, HastRoot, HastRoot, string>;
  const parse = (text: string): Root => {
    // The dialect's parser wrappers keep what they protect by file: the file is the document's.
    doc.file.value = text;
    return processor.parse(doc.file);
  };
  return {
    parse,
    async render(reading) {
      slots.places = reading?.places ?? [];
      slots.read = reading?.facts.tables.map((table) => table.shape !== 'other') ?? [];
      const tree = reading?.tree ?? parse(doc.text);
      doc.file.value = doc.text;
      const html = String(processor.stringify(await processor.run(tree, doc.file), doc.file));
      return { html, headings };
    },
  };
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

