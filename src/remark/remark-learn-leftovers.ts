import type { PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report, type Place } from '../lib/diagnostics/diagnostic.ts';
import { placeOf, pointInText, type Locate } from './locate.ts';

export interface LeftoversOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** A line that opens or closes a colon block: `:::name …`, `::: zone-end`, `:::image-end:::`. */
const COLON_LINE = /^:::[ \t]*([a-z][\w-]*)?.*$/i;
/** A bracket marker: `[!NAME]`, `[!div class="x"]`, `[!code-lang`. */
const BRACKET = /\[!([a-z][\w-]*)(?:[ \t]+[^\]\n]*)?\]/gi;
/** A bracket marker cut by a link GFM found inside it: `[!VIDEO ` + link + `]`. */
const BRACKET_OPEN = /\[!([a-z][\w-]*)[ \t]*$/i;
const TAB_LINK = /^#tab\//i;

/**
 * The last Learn plugin: whatever Learn syntax the others left (an extension
 * this renderer does not know, a marker out of place, a block one of them
 * refused) is reported and rendered as its text without the markers, so no
 * Learn syntax reaches a reader.
 *
 * - A line that is a colon block marker (`:::row:::`, `::: zone pivot=x`,
 *   `:::image-end:::`) is dropped.
 * - A bracket marker (`[!div class="x"]`, `[!NOTE]` inside a paragraph,
 *   `[!VIDEO` around a link) is dropped; text and links around it stay.
 * - A link to `#tab/…` outside a tab group becomes its text.
 *
 * Code and inline code are left as written: they show syntax on purpose.
 * A place another plugin already reported gets no second message.
 */
const remarkLearnLeftovers: Plugin<[LeftoversOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    const reported = new Set(file.messages.map((message) => `${message.file ?? file.path}:${message.line}`));
    const note = (what: string, place: Place) => {
      if (reported.has(`${place.source ?? file.path}:${place.line}`)) return;
      reported.add(`${place.source ?? file.path}:${place.line}`);
      report(file, 'warning', 'learn-syntax-unknown', `Unexpected Learn syntax \`${what}\` this renderer does not support; shown as its text without the markers`, place);
    };
    visit(tree, (node, index, parent) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
      if (!parent || index === undefined || !('children' in node)) return undefined;
      const children = node.children as PhrasingContent[];
      if (!children.some((child) => child.type === 'text' || (child.type === 'link' && TAB_LINK.test(child.url)))) return undefined;
      node.children = cleanInline(children, node.position?.start, file, settings, note) as typeof node.children;
      return undefined;
    });
    // A paragraph that held only markers is gone, not an empty `<p>`.
    visit(tree, 'paragraph', (paragraph, index, parent) => {
      if (!parent || index === undefined || paragraph.children.length > 0) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
};

export default remarkLearnLeftovers;

function cleanInline(children: PhrasingContent[], parentStart: Point | undefined, file: VFile, settings: LeftoversOptions, note: (what: string, place: Place) => void): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let changed = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'link' && TAB_LINK.test(child.url)) {
      note(`(${child.url})`, placeOf(child.position?.start, settings.locate, file.path));
      out.push(...child.children);
      changed = true;
      continue;
    }
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    const next = children[i + 1];
    const after = children[i + 2];
    let value = cleanText(child, file, settings, note);
    if (value !== child.value) changed = true;
    const open = BRACKET_OPEN.exec(value);
    if (open && next?.type === 'link' && after?.type === 'text' && after.value.startsWith(']')) {
      // GFM's autolinks leave the text around them without positions: the container's start stands in.
      const point = child.position ? pointInText(child.position.start, child.value, child.value.length - open[0].length, file.value) : parentStart;
      note(`[!${open[1]}`, placeOf(point, settings.locate, file.path));
      value = value.slice(0, open.index);
      children[i + 2] = { ...after, value: after.value.slice(1) };
      changed = true;
    }
    if (value !== '') out.push({ ...child, value });
  }
  return changed ? trimEnds(out) : children;
}

/** The text without colon marker lines and bracket markers. */
function cleanText(text: Text, file: VFile, settings: LeftoversOptions, note: (what: string, place: Place) => void): string {
  let offset = 0;
  const kept: string[] = [];
  if (!text.value.includes(':::') && !text.value.includes('[!')) return text.value;
  for (const line of text.value.split('\n')) {
    const at = (column: number) => placeOf(pointInText(text.position?.start, text.value, offset + column, file.value), settings.locate, file.path);
    if (COLON_LINE.test(line.trim())) note(line.trim(), at(line.length - line.trimStart().length));
    else {
      const cleaned = line.replace(BRACKET, (marker, _name, column: number) => {
        note(marker, at(column));
        return '';
      });
      // The marker's removal leaves two spaces where it stood between words.
      kept.push(cleaned === line ? line : cleaned.replace(/([^ \t])[ \t]{2,}(?=[^ \t])/g, '$1 '));
    }
    offset += line.length + 1;
  }
  return kept.join('\n');
}

function trimEnds(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((node) => !(node.type === 'text' && node.value === '') && !(node.type === 'break' && (node === nodes[0] || node === nodes.at(-1))));
}
