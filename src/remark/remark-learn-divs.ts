import path from 'node:path';
import type { Blockquote, BlockContent, DefinitionContent, Link, LinkReference, List, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock } from './learn-nodes.ts';
import { placeOf, type Locate } from './locate.ts';

export interface DivsOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** `[!div class="…"]` at the start of a block quote's first paragraph; group 1 is the class list. */
const MARKER = /^\[!div(?:\s+class\s*=\s*["“]([^"”]*)["”])?\s*\]/i;

type Content = BlockContent | DefinitionContent;

/**
 * Renders Learn's `> [!div class="…"]` blocks.
 *
 * ```md
 * > [!div class="nextstepaction"]
 * > [Get started](get-started.md)
 * ```
 * becomes a call to action:
 * ```html
 * <div class="learn-next-step"><p><a class="learn-next-step__link" href="…">Get started</a></p></div>
 * ```
 * - `checklist`: the quote's lists drawn with check marks (`.learn-checklist`);
 * - `op_single_selector`: the quote's list of links to sibling pages (other
 *   languages, platforms) as a selector; the link to this page is marked
 *   `aria-current="page"`. Learn draws it as a drop-down; a row of links
 *   needs no script.
 * - any other class (`mx-imgBorder`, …) only styles its content upstream:
 *   the content stays, the marker goes (info).
 */
const remarkLearnDivs: Plugin<[DivsOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (definition) => {
      definitions.set(definition.identifier.toLowerCase(), definition.url);
    });
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const marker = markerOf(quote);
      if (!marker) return undefined;
      const content = quote.children.slice(1);
      if (marker.rest.children.length > 0) content.unshift(marker.rest);
      const place = placeOf(quote.position?.start, settings.locate, file.path);
      const classes = marker.classes.map((name) => name.toLowerCase());
      let block: Content;
      if (classes.includes('nextstepaction')) block = nextStep(content, file, place);
      else if (classes.includes('checklist')) block = checklist(content);
      else if (classes.includes('op_single_selector')) block = selector(content, file, definitions);
      else {
        const named = classes.length > 0 ? `class \`${marker.classes.join(' ')}\`` : 'no class';
        report(file, 'info', 'div-class-unstyled', `\`[!div]\` with ${named} only styles its content on Learn; shown without it`, place);
        parent.children.splice(index, 1, ...(content as typeof parent.children));
        return [SKIP, index + content.length];
      }
      parent.children.splice(index, 1, block as (typeof parent.children)[number]);
      return [SKIP, index + 1];
    });
  };
};

export default remarkLearnDivs;

/** The quote's `[!div]` marker, its classes, and what follows the marker in its paragraph. */
function markerOf(quote: Blockquote): { classes: string[]; rest: Paragraph } | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const match = MARKER.exec(text.value);
  if (!match) return undefined;
  const classes = (match[1] ?? '').split(/\s+/).filter(Boolean);
  const remaining = text.value.slice(match[0].length).replace(/^\s+/, '');
  const children = remaining === '' ? first.children.slice(1) : [{ ...text, value: remaining }, ...first.children.slice(1)];
  if (children[0]?.type === 'break') children.shift();
  return { classes, rest: { ...first, children } };
}

/** Every link of the quote becomes a call-to-action button; a quote without one keeps its text (warning). */
function nextStep(content: Content[], file: VFile, place: ReturnType<typeof placeOf>): Content {
  let links = 0;
  for (const node of content) {
    visit(node, (child) => {
      if (child.type !== 'link' && child.type !== 'linkReference') return;
      links += 1;
      addClass(child, 'learn-next-step__link');
    });
  }
  if (links === 0) report(file, 'warning', 'div-next-step-no-link', 'Unexpected `[!div class="nextstepaction"]` without a link, expected `> [Text](page.md)`; shown as text', place);
  return learnBlock('div', { className: ['learn-next-step'] }, content);
}

function checklist(content: Content[]): Content {
  for (const node of content) if (node.type === 'list') addClass(node, 'learn-checklist__list');
  return learnBlock('div', { className: ['learn-checklist'] }, content);
}

/**
 * The selector's links; the one to this page is current. A link names this
 * page when it resolves to the document's own path (`install-linux.md`), or,
 * site-absolute or absolute, ends in the document's name (`/cli/azure/install-linux`).
 */
function selector(content: Content[], file: VFile, definitions: Map<string, string>): Content {
  const own = (file.path ?? '').replace(/\.md$/i, '');
  for (const node of content) {
    if (node.type === 'list') addClass(node, 'learn-selector__list');
    visit(node, (child) => {
      if (child.type !== 'link' && child.type !== 'linkReference') return;
      const url = child.type === 'link' ? child.url : definitions.get(child.identifier.toLowerCase());
      if (url !== undefined && namesPage(url, own)) {
        addClass(child, 'learn-selector__link--current');
        child.data = { ...child.data, hProperties: { ...child.data?.hProperties, ariaCurrent: 'page' } };
      }
    });
  }
  return learnBlock('div', { className: ['learn-selector'] }, content);
}

function namesPage(url: string, own: string): boolean {
  const bare = url.split(/[?#]/)[0]!.replace(/\.md$/i, '').replace(/\/$/, '');
  if (bare === '') return false;
  if (/^[a-z][a-z0-9+.-]*:|^\//i.test(bare)) return path.posix.basename(bare) === path.posix.basename(own);
  return path.posix.join(path.posix.dirname(own), bare) === own;
}

function addClass(node: Link | LinkReference | List, name: string): void {
  const properties = node.data?.hProperties ?? {};
  const existing = Array.isArray(properties.className) ? properties.className.map(String) : [];
  node.data = { ...node.data, hProperties: { ...properties, className: [...existing, name] } };
}
