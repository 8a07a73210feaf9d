import type { Nodes, Parent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/diagnostic.ts';
import { indexDataset } from '../facts/dataset-index.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import type { Locate } from '../../remark/locate.ts';
import { availabilityTable, matrixTable } from './clean-tables.ts';
import { tableFacts, type TableFacts } from './table-facts.ts';

export interface DatasetTablesOptions {
  /** The dataset (default: none, and the document renders as written). */
  dataset?: Dataset | undefined;
  /** The document's source id in the dataset. */
  sourceId?: string | undefined;
  /** Maps parsed positions to the file they were written in (default: positions as they are, all in the source). */
  locate?: Locate;
  /** The source's site, which site-absolute offer links (`/partner-center/…`) are on (default: none, kept as written). */
  siteUrl?: string | undefined;
}

/** The lines a node was written on, in the file it was written in. */
interface WrittenLines {
  file: string;
  line: number;
  endLine: number;
}

/**
 * Replaces the availability tables of a document with clean tables rendered
 * from the dataset. The source tables are broken markdown (cells running over
 * several lines, `<br>` lists, empty model cells), so rendered as written they
 * show stray pipes. Each table the extractor read facts from is found by the
 * lines it was written on (in the source, or in the include it sits in):
 * the table and the table fragments GFM split off it (paragraphs and HTML
 * holding `|` or `<br>`) on those lines give way to one table, rendered from
 * that table's own facts, where the first of them was:
 * a row per model, linked to its page, with its offer markets and regions
 * (Learn's shape), or a model × region matrix of ✔ (Google's shape).
 * ```md
 * | Model | Offer | Deploy |
 * |--|--|--|
 * | Jais | [Microsoft Managed Countries](/partner-center/x) | West US 3 <br>
 * East US |
 * ```
 * ```html
 * <table><thead><tr><th>Model</th><th>Offer availability</th><th>Regions for deployment</th><th>Regions for fine-tuning</th></tr></thead>
 * <tbody><tr><td><a href="/models/azure-jais/">Jais</a></td><td><a href="https://learn.microsoft.com/partner-center/x">Microsoft Managed Countries</a></td><td>East US, West US 3</td><td>Not available</td></tr></tbody></table>
 * ```
 * An include holding a table, included twice, gets the clean table in both
 * places. A table with facts that cannot be found in the tree (the parse and
 * the extractor disagree on where it is) is left as written and reported
 * (`dataset-table-not-found`).
 * Runs after the links plugin: its model links are this site's own.
 */
export function remarkDatasetTables(options: DatasetTablesOptions) {
  return (tree: Root, file: VFile) => {
    const { dataset, sourceId } = options;
    const source = dataset && sourceId !== undefined ? indexDataset(dataset).source.get(sourceId) : undefined;
    if (!dataset || !source) return;
    const tables = tableFacts(dataset, source).filter((table) => table.availability.length > 0);
    if (tables.length === 0) return;
    // Google publishes model × region matrices of ✔; Learn lists regions per model. Each keeps its shape.
    const cleanTable = (table: TableFacts): Table =>
      source.provider === 'google-cloud' ? matrixTable(dataset, table.availability) : availabilityTable(dataset, table.availability, table.offers, options.siteUrl);
    const writtenLines = (node: Nodes): WrittenLines | undefined => {
      const { start, end } = node.position ?? {};
      if (!start || !end) return undefined;
      if (!options.locate) return { file: source.path, line: start.line, endLine: end.line };
      const first = options.locate(start.line, start.column);
      const last = options.locate(end.line, end.column);
      // A block that runs on past its include's last line ends, for this purpose, where the include does.
      return { file: first.source, line: first.line, endLine: last.source === first.source ? last.line : Number.POSITIVE_INFINITY };
    };

    /** What takes each fragment's place: the clean table in the first fragment of each occurrence, nothing in the others. */
    const replacements = new Map<RootContent, Table | undefined>();
    const parents = new Set<Parent>();
    /** The first line of the last fragment met for each table: a fragment not below it starts another inclusion of the table. */
    const lastMet = new Map<TableFacts, number>();
    visit(tree, (node, _, parent) => {
      if (!parent || !isTableFragment(node)) return undefined;
      const lines = writtenLines(node);
      const table = lines && tables.find((candidate) => candidate.file === lines.file && lines.line <= candidate.endLine && candidate.line <= lines.endLine);
      if (!lines || !table) return SKIP;
      const previous = lastMet.get(table);
      replacements.set(node, previous === undefined || lines.line <= previous ? cleanTable(table) : undefined);
      parents.add(parent);
      lastMet.set(table, lines.line);
      return SKIP;
    });
    for (const parent of parents) {
      parent.children = parent.children.flatMap((child) => (replacements.has(child) ? (replacements.get(child) ?? []) : [child]));
    }
    for (const table of tables) {
      if (lastMet.has(table)) continue;
      report(file, 'warning', 'dataset-table-not-found', `No table parsed on lines ${table.line}–${table.endLine}, where the extractor read one; shown as written`, { source: table.file, line: table.line });
    }
  };
}

function isTableFragment(node: Nodes): node is RootContent {
  if (node.type === 'table') return true;
  if (node.type === 'html') return /<br\s*\/?>/i.test(node.value);
  if (node.type === 'paragraph') return /\||<br\s*\/?>/i.test(toString(node)) || node.children.some((child) => child.type === 'html');
  return false;
}
