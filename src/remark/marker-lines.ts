import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Point } from 'unist';
import { pointInText } from './locate.ts';

/** A line of a paragraph that is a marker of a Learn block (`:::row:::`, `::: moniker-end`): what it matched, where it starts. */
export interface MarkerLine<T> {
  marker: T;
  /** The line as written, trimmed. */
  line: string;
  point: Point | undefined;
}

/**
 * Learn's colon blocks are written line by line, often with no blank line
 * around their markers, so one paragraph can hold several of them
 * (`:::row:::\n:::column:::\nText`). Splits a paragraph at every line that
 * `match` recognises as a whole marker: returns the paragraph's pieces (as
 * paragraphs) and the markers, in order. A node that is no paragraph, or
 * one without a marker line, comes back as it is.
 */
export function splitMarkerLines<T>(node: RootContent, match: (line: string) => T | undefined, source?: unknown): (RootContent | MarkerLine<T>)[] {
  if (node.type !== 'paragraph') return [node];
  if (!node.children.some((child) => child.type === 'text' && child.value.split('\n').some((line) => match(line.trim()) !== undefined))) return [node];
  const out: (RootContent | MarkerLine<T>)[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    const trimmed = trimInline(inline);
    if (trimmed.length > 0) out.push({ type: 'paragraph', children: trimmed } satisfies Paragraph);
    inline = [];
  };
  node.children.forEach((child, index) => {
    if (child.type !== 'text') {
      inline.push(child);
      return;
    }
    // The text's first line starts a line only at the paragraph's start or after a hard break.
    const startsLine = index === 0 || node.children[index - 1]!.type === 'break';
    let offset = 0;
    const lines = child.value.split('\n');
    lines.forEach((line, i) => {
      const marker = i > 0 || startsLine ? match(line.trim()) : undefined;
      if (marker !== undefined) {
        flush();
        out.push({ marker, line: line.trim(), point: pointInText(child.position?.start, child.value, offset + (line.length - line.trimStart().length), source) });
      } else {
        const text = i < lines.length - 1 ? `${line}\n` : line;
        if (text !== '') inline.push({ type: 'text', value: text });
      }
      offset += line.length + 1;
    });
  });
  flush();
  return out;
}

/** Whether an item of `splitMarkerLines` is a marker. */
export function isMarker<T>(item: RootContent | MarkerLine<T>): item is MarkerLine<T> {
  return 'marker' in item;
}

function trimInline(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = nodes.filter((node, index) => !(node.type === 'break' && (index === 0 || index === nodes.length - 1)));
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return out.filter((node) => !(node.type === 'text' && node.value === ''));
}
