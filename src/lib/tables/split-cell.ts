import type { PhrasingContent, TableCell as MdastTableCell, Text } from 'mdast';
import type { CellItem, CellLink, TableCell } from './table-types.ts';

/** A point of the text the cell was parsed from, mapped to the document. */
export type MapPoint = (line: number, column: number) => { line: number; column: number };

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
/** `<sup>1</sup>` marks a footnote, not part of a name. */
const SUP_OPEN = /^<sup\b/i;
const SUP_CLOSE = /^<\/sup\s*>/i;

interface Draft {
  parts: string[];
  links: CellLink[];
  line: number;
  column: number;
}

/**
 * Splits a table cell into items at `<br>` (and hard breaks), keeping inline
 * code in backticks and links as label + href. HTML other than `<br>` is
 * dropped and the text between tags stays, except footnote marks in `<sup>`.
 */
export function splitCell(cell: MdastTableCell, map: MapPoint): TableCell {
  const start = map(cell.position?.start.line ?? 1, cell.position?.start.column ?? 1);
  // Most cells are one run of text (a mark, a name) or empty: no walk needed.
  if (cell.children.length === 0) return { items: [], text: '', line: start.line, column: start.column };
  const only = cell.children.length === 1 ? cell.children[0]! : undefined;
  if (only?.type === 'text' && !only.value.includes('\n')) return plainCell(only, start, map);
  const items: CellItem[] = [];
  let draft: Draft | undefined;

  const open = (node: PhrasingContent, skipped = 0): Draft => {
    if (!draft) {
      const at = map(node.position?.start.line ?? 1, (node.position?.start.column ?? 1) + skipped);
      draft = { parts: [], links: [], line: at.line, column: at.column };
    }
    return draft;
  };
  const close = () => {
    if (!draft) return;
    const text = draft.parts.join('').replace(/\s+/g, ' ').trim();
    if (text !== '' || draft.links.length > 0) items.push({ text, links: draft.links, line: draft.line, column: draft.column });
    draft = undefined;
  };
  let inFootnoteMark = false;
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'html' && SUP_OPEN.test(node.value)) inFootnoteMark = true;
      else if (node.type === 'html' && SUP_CLOSE.test(node.value)) inFootnoteMark = false;
      if (inFootnoteMark) continue;
      if (node.type === 'break' || (node.type === 'html' && LINE_BREAK_TAG.test(node.value.trim()))) {
        close();
      } else if (node.type === 'text') {
        // Leading whitespace before an item's first word is not where the item starts.
        if (!draft && node.value.trim() === '') continue;
        const skipped = draft ? 0 : node.value.length - node.value.trimStart().length;
        open(node, /\n/.test(node.value.slice(0, skipped)) ? 0 : skipped).parts.push(node.value);
      } else if (node.type === 'inlineCode') {
        open(node).parts.push('`' + node.value + '`');
      } else if (node.type === 'link') {
        const target = open(node);
        const label = textOf(node.children).replace(/\s+/g, ' ').trim();
        target.links.push({ label, href: node.url });
        target.parts.push(label);
      } else if (node.type === 'html' || node.type === 'image' || node.type === 'footnoteReference') {
        continue;
      } else if ('children' in node) {
        walk(node.children as PhrasingContent[]);
      } else if ('value' in node) {
        open(node).parts.push(String(node.value));
      }
    }
  };
  walk(cell.children);
  close();
  return { items, text: items.map((item) => item.text).join(' <br> '), line: start.line, column: start.column };
}

function plainCell(node: Text, start: { line: number; column: number }, map: MapPoint): TableCell {
  const { value } = node;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return { items: [], text: '', line: start.line, column: start.column };
  const at = map(node.position?.start.line ?? 1, (node.position?.start.column ?? 1) + value.length - value.trimStart().length);
  return { items: [{ text, links: [], line: at.line, column: at.column }], text, line: start.line, column: start.column };
}

function textOf(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value;
      if ('children' in node) return textOf(node.children as PhrasingContent[]);
      return '';
    })
    .join('');
}
