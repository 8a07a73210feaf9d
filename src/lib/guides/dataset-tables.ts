import type { Parent, Root, RootContent, Table } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { sanitize } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { TableFacts } from '../facts/assemble-dataset.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import type { TablePlace } from '../facts/extract-document-facts.ts';
import { parseDocumentMarkdown } from '../tables/parse-markdown.ts';
import { physicalLine } from '../tables/repair-table-rows.ts';
import { availabilityTable, matrixTable } from './clean-tables.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface TableSlotsOptions {
  /** Where each table the extractor met sits in the tree (`readDocument`'s places). */
  places: readonly TablePlace[];
  /** Per place, whether the extractor read it as an availability table: only those get a slot. */
  read: readonly boolean[];
  /** The document's expanded text, which the tree was parsed from: a table read apart is shown from its own lines. */
  text: string;
}

/**
 * Private-use characters no source writes, with a mark of this process, so
 * a slot's bounds cannot be forged by content.
 */
const NONCE = Math.random().toString(36).slice(2, 10);
const slotMark = (edge: 'start' | 'end', index: number) => `\uE000${NONCE}-${edge}-${index}\uE000`;
const SLOT = new RegExp(`(?:<p>)?\\uE000${NONCE}-start-(\\d+)\\uE000(?:</p>)?\\n?([\\s\\S]*?)\\n?(?:<p>)?\\uE000${NONCE}-end-\\1\\uE000(?:</p>)?`, 'g');

/**
 * Marks, in the very tree the extractor read a document's tables from, each
 * availability table it read: the table's node, and the fragments GFM split
 * off it (rows that ran over several lines, up to the table's last row), are
 * fenced by two slot marks, so once the dataset is assembled the rendered
 * HTML between them gives way to a clean table from that table's own facts
 * (`fillTableSlots`). A table the extractor read apart (its own lines parsed
 * again, repaired) stands in the tree as a placeholder: its lines are parsed
 * where it stands and shown as written, fenced too when it was read. An
 * include holding a table is expanded where it is used, so each use is a
 * table of its own and gets its clean table where it stands.
 */
export function remarkTableSlots(options: TableSlotsOptions) {
  return (tree: Root) => {
    const lines = options.text.split('\n');
    const placeOf = new Map<RootContent, number>();
    options.places.forEach((place, index) => {
      if (place.node) placeOf.set(place.node, index);
    });
    if (placeOf.size === 0) return;
    const parents = new Set<Parent>();
    visit(tree, (node, _, parent) => {
      if (parent && placeOf.has(node as RootContent)) parents.add(parent);
    });
    for (const parent of parents) {
      const children: RootContent[] = [];
      for (let at = 0; at < parent.children.length; at++) {
        const child = parent.children[at]!;
        const index = placeOf.get(child);
        if (index === undefined) {
          children.push(child);
          continue;
        }
        const place = options.places[index]!;
        const read = options.read[index] === true;
        const content = place.readApart ? asWritten(lines, place) : [child];
        if (read && !place.readApart) {
          // Rows GFM split off the table follow it as siblings, up to its last row.
          while (at + 1 < parent.children.length && (parent.children[at + 1]!.position?.start.line ?? Infinity) <= place.endLine) content.push(parent.children[++at]!);
        }
        if (read) children.push(mark('start', index), ...content, mark('end', index));
        else children.push(...content);
      }
      parent.children = children as Parent['children'];
    }
  };
}

/** A table read apart, parsed from its own lines (without their container prefix) as it is written, at its place in the document. */
function asWritten(lines: readonly string[], place: TablePlace): RootContent[] {
  const own = lines.slice(place.line - 1, place.endLine).map((text, offset) => text.slice(physicalLine(text, place.line + offset).column - 1));
  const fragment = parseDocumentMarkdown(own.join('\n'));
  const shift = place.line - 1;
  visit(fragment, (node) => {
    if (!node.position) return;
    node.position.start.line += shift;
    node.position.end.line += shift;
  });
  return fragment.children;
}

function mark(edge: 'start' | 'end', index: number): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: slotMark(edge, index) }] };
}

/** Renders a clean table alone as the guide pipeline renders it in a page: to HTML, raw HTML parsed, sanitised. */
const tableProcessor = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(() => (tree: HastRoot) => sanitize(tree, sanitizeSchema) as HastRoot)
  .use(rehypeStringify);

export function tableHtml(table: Table): string {
  const root: Root = { type: 'root', children: [table] };
  return tableProcessor.stringify(tableProcessor.runSync(root) as HastRoot);
}

export interface FillOptions {
  dataset: Dataset;
  /** The source's provider: Google publishes model × region matrices of ✔; Learn lists regions per model. Each keeps its shape. */
  provider: string | null | undefined;
  /** The source's site, which site-absolute offer links (`/partner-center/…`) are on (default: none, kept as written). */
  siteUrl?: string | undefined;
}

/**
 * Puts each slot's clean table in the rendered HTML: a row per model, linked
 * to its page, with its offer markets and regions (Learn's shape), or a
 * model × region matrix of ✔ (Google's shape), from the table's own facts.
 * A slot whose table gave no fact the dataset kept (a newer version states
 * them all) shows the table as written.
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
 */
export function fillTableSlots(html: string, tables: readonly TableFacts[] | undefined, options: FillOptions): string {
  return html.replace(SLOT, (_, index: string, asWritten: string) => {
    const table = tables?.[Number(index)];
    if (!table || table.availability.length === 0) return asWritten;
    const clean =
      options.provider === 'google-cloud'
        ? matrixTable(options.dataset, table.availability)
        : availabilityTable(options.dataset, table.availability, table.offers, options.siteUrl);
    return tableHtml(clean);
  });
}
