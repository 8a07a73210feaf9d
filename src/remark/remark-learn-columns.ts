import type { Parent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock, type LearnBlock } from './learn-nodes.ts';
import { isMarker, splitMarkerLines } from './marker-lines.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, type Locate } from './locate.ts';

export interface ColumnsOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

type Marker = { kind: 'row' | 'row-end' | 'column-end' } | { kind: 'column'; span: string | undefined };

const ROW = /^:::[ \t]*row[ \t]*:::$/i;
const ROW_END = /^:::[ \t]*row-end[ \t]*:::$/i;
const COLUMN = /^:::[ \t]*column((?:[ \t]+[a-z-]+[ \t]*=[ \t]*"[^"]*")*)[ \t]*:::$/i;
const COLUMN_END = /^:::[ \t]*column-end[ \t]*:::$/i;
const SPAN = /span[ \t]*=[ \t]*"([^"]*)"/i;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** Spans the stylesheet knows (`.learn-column--span-1` … `-6`); Learn's grid has no wider column. */
const MAX_SPAN = 6;

function markerOf(line: string): Marker | undefined {
  if (ROW.test(line)) return { kind: 'row' };
  if (ROW_END.test(line)) return { kind: 'row-end' };
  if (COLUMN_END.test(line)) return { kind: 'column-end' };
  const column = COLUMN.exec(line);
  if (column) return { kind: 'column', span: SPAN.exec(column[1]!)?.[1] };
  return undefined;
}

/**
 * Renders Learn's rows of columns.
 *
 * ```md
 * :::row:::
 *    :::column span="2":::
 *       Wide.
 *    :::column-end:::
 *    :::column:::
 *       Narrow.
 *    :::column-end:::
 * :::row-end:::
 * ```
 * becomes
 * ```html
 * <div class="learn-row">
 *   <div class="learn-column learn-column--span-2"><p>Wide.</p></div>
 *   <div class="learn-column learn-column--span-1"><p>Narrow.</p></div>
 * </div>
 * ```
 * Columns sit side by side, widths in proportion to `span`, and stack when
 * the page is too narrow for them (src/styles/learn.css).
 *
 * Authors indent column content (often by six spaces), which CommonMark would
 * read as code; as DocFX does, the content of a column is read relative to
 * its own indentation: the parser sees it dedented (columns of messages
 * inside columns are then counted from the dedented line). A column outside
 * a row, an unmatched end and a block left open are warnings; what they hold
 * is kept.
 */
function remarkLearnColumns(this: Processor, options?: ColumnsOptions) {
  const settings = options ?? {};
  const parse = this.parser;
  if (!parse) throw new TypeError('remark-learn-columns must be used after remark-parse');
  this.parser = (document, file) => parse(dedentColumns(document), file);
  return (tree: Root, file: VFile) => {
    visitContainers(tree, (parent) => groupColumns(parent, file, settings));
  };
}

export default remarkLearnColumns;

/** Strips, from the lines of every column, the indentation they share, and the indentation of the markers; outside fenced code only. */
function dedentColumns(document: string): string {
  if (!/:::[ \t]*row[ \t]*:::/i.test(document)) return document;
  const lines = document.split('\n');
  let depth = 0;
  let fence: string | undefined;
  // The outermost row's indentation stays: a row inside a list item belongs to it.
  let base = 0;
  let column: number[] = [];
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const flushColumn = () => {
    const indent = Math.min(...column.map((i) => lines[i]!).filter((line) => line.trim() !== '').map(indentOf)) - base;
    if (indent > 0 && Number.isFinite(indent)) for (const i of column) lines[i] = lines[i]!.slice(Math.min(indent, indentOf(lines[i]!)));
    column = [];
  };
  lines.forEach((line, i) => {
    if (fence === undefined) {
      const marker = markerOf(line.trim());
      if (marker) {
        flushColumn();
        if (depth === 0) base = indentOf(line);
        lines[i] = line.slice(0, Math.min(base, indentOf(line))) + line.trimStart();
        if (marker.kind === 'row') depth += 1;
        if (marker.kind === 'row-end') depth = Math.max(0, depth - 1);
        return;
      }
    }
    const opened = FENCE.exec(line)?.[1];
    if (opened && (fence === undefined || opened.startsWith(fence))) fence = fence === undefined ? opened : undefined;
    if (depth > 0) column.push(i);
  });
  flushColumn();
  return lines.join('\n');
}

function groupColumns(parent: Parent, file: VFile, settings: ColumnsOptions): void {
  const items = (parent.children as RootContent[]).flatMap((child) => splitMarkerLines(child, markerOf, file.value));
  if (!items.some(isMarker)) return;
  const out: RootContent[] = [];
  const open: { block: LearnBlock; kind: 'row' | 'column'; item: { point: unknown } }[] = [];
  const target = () => (open.at(-1)?.block.children ?? out) as RootContent[];
  for (const item of items) {
    if (!isMarker(item)) {
      target().push(item);
      continue;
    }
    const place = placeOf(item.point, settings.locate, file.path);
    const { marker } = item;
    if (marker.kind === 'row') {
      const row = learnBlock('div', { className: ['learn-row'] }, []);
      target().push(row);
      open.push({ block: row, kind: 'row', item });
    } else if (marker.kind === 'column') {
      if (open.at(-1)?.kind !== 'row') report(file, 'warning', 'column-outside-row', 'Unexpected `:::column:::` outside a row, expected it between `:::row:::` and `:::row-end:::`', place);
      const column = learnBlock('div', { className: ['learn-column', `learn-column--span-${spanOf(marker.span, file, place)}`] }, []);
      target().push(column);
      open.push({ block: column, kind: 'column', item });
    } else {
      const kind = marker.kind === 'row-end' ? 'row' : 'column';
      const at = open.map((each) => each.kind).lastIndexOf(kind);
      if (at === -1) {
        report(file, 'warning', 'column-end-unmatched', `Unexpected \`${item.line}\` without an open ${kind}; dropped`, place);
        continue;
      }
      for (const left of open.splice(at).slice(1)) unclosed(left, file, settings);
    }
  }
  for (const left of open) unclosed(left, file, settings);
  parent.children = out;
}

function unclosed(left: { kind: 'row' | 'column'; item: { point: unknown } }, file: VFile, settings: ColumnsOptions): void {
  const place = placeOf(left.item.point as Parameters<typeof placeOf>[0], settings.locate, file.path);
  report(file, 'warning', 'column-unclosed', `Missing \`:::${left.kind}-end:::\`; the ${left.kind} runs to the end of its container`, place);
}

function spanOf(span: string | undefined, file: VFile, place: ReturnType<typeof placeOf>): number {
  if (span === undefined || span.trim() === '') return 1;
  const value = Number(span);
  if (Number.isInteger(value) && value >= 1 && value <= MAX_SPAN) return value;
  report(file, 'warning', 'column-span-invalid', `Unexpected \`span="${span}"\`, expected a whole number from 1 to ${MAX_SPAN}; spans 1`, place);
  return 1;
}
