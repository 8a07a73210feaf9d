import rehypeExpressiveCode from 'rehype-expressive-code';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { sanitize } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { locate, type LoadedDocument } from '../content/load-document.ts';
import { report } from '../diagnostics/diagnostic.ts';
import type { DocumentReading } from '../facts/extract-document-facts.ts';
import remarkLearnAlerts from '../../remark/remark-learn-alerts.ts';
import remarkLearnImages from '../../remark/remark-learn-images.ts';
import remarkLearnIncludes from '../../remark/remark-learn-includes.ts';
import remarkLearnLinks from '../../remark/remark-learn-links.ts';
import remarkLearnTabs from '../../remark/remark-learn-tabs.ts';
import remarkLearnZones from '../../remark/remark-learn-zones.ts';
import type { Locate } from '../../remark/locate.ts';
import { remarkTableSlots } from './dataset-tables.ts';
import { remarkDropTitle } from './drop-title.ts';
import { rehypeCodeLanguages } from './code-languages.ts';
import { expressiveCodeOptions } from './expressive-code.ts';
import { rehypeHeadingIds, type GuideHeading } from './heading-ids.ts';
import type { PivotGroup } from './pivot-groups.ts';
import { guideRoute } from './routes.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface RenderGuideOptions {
  /** The content folder. */
  root: string;
  /** All known pivot groups; the document's `zone_pivot_groups` picks from them. */
  pivotGroups: PivotGroup[];
  /**
   * The extractor's reading of the document: the guide goes on from its tree,
   * and each availability table it read gets a slot for its clean table
   * (`fillTableSlots`) (default: the document is parsed here, tables as written).
   */
  reading?: DocumentReading;
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
  const at: Locate = (line, column) => locate(doc, line, column);
  const headings: GuideHeading[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkLearnIncludes, { root: options.root, locate: at })
    .use(remarkDropTitle)
    .use(remarkLearnZones, { groups: groupsOf(doc, options.pivotGroups), locate: at })
    .use(remarkLearnTabs, { locate: at })
    .use(remarkLearnAlerts, { locate: at })
    .use(remarkLearnImages, { root: options.root, locate: at })
    .use(remarkLearnLinks, { root: options.root, route: guideRoute, locate: at })
    .use(remarkTableSlots, { places: options.reading?.places ?? [], read: options.reading?.facts.tables.map((table) => table.shape !== 'other') ?? [], text: doc.text })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(() => (tree: HastRoot) => sanitize(tree, sanitizeSchema) as HastRoot)
    .use(rehypeHeadingIds, headings)
    .use(rehypeCodeLanguages)
    .use(rehypeExpressiveCode, expressiveCodeOptions())
    .use(rehypeStringify);
  doc.file.value = doc.text;
  const tree: Root = options.reading?.tree ?? processor.parse(doc.file);
  const html = String(processor.stringify(await processor.run(tree, doc.file), doc.file));
  return { html, headings };
}

/** The pivot groups named by the front matter's `zone_pivot_groups` (a comma-separated string or a list). */
function groupsOf(doc: LoadedDocument, groups: PivotGroup[]): PivotGroup[] {
  const named = doc.data.zone_pivot_groups;
  const ids = (Array.isArray(named) ? named.map(String) : typeof named === 'string' ? named.split(',') : []).map((id) => id.trim()).filter(Boolean);
  return ids.flatMap((id) => {
    const found = groups.filter((group) => group.id === id);
    if (found.length === 0) report(doc.file, 'warning', 'zone-pivot-group-unknown', `Pivot group \`${id}\` is not in src/data/zone-pivot-groups.yml; its zones are labelled from their ids`, { source: doc.path, line: 1, column: 1 });
    return found;
  });
}
