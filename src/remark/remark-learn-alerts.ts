import type { Blockquote, BlockContent, DefinitionContent, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock, learnLabel, type LearnAlert, type LearnBlock } from './learn-nodes.ts';
import { placeOf, type Locate } from './locate.ts';

export interface AlertsOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

type Variant = LearnAlert['variant'];

/**
 * Learn's alert types, the Starlight aside each becomes and its title. Learn
 * colours NOTE/TIP as information, WARNING as warning, IMPORTANT/CAUTION as
 * danger; the original word is kept as the title.
 */
const ALERTS: Record<string, { variant: Variant; title: string }> = {
  NOTE: { variant: 'note', title: 'Note' },
  TIP: { variant: 'tip', title: 'Tip' },
  IMPORTANT: { variant: 'danger', title: 'Important' },
  CAUTION: { variant: 'danger', title: 'Caution' },
  WARNING: { variant: 'caution', title: 'Warning' },
};

/** `[!NOTE]` at the start of a paragraph; group 2 is what follows on the same line. */
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]([^\n]*)(?:\n|$)/i;

/**
 * Turns `> [!NOTE]` block quotes into Starlight asides.
 *
 * ```md
 * > [!TIP]
 * > Use the CLI.
 * ```
 * becomes
 * ```html
 * <div role="note" aria-label="Tip" class="starlight-aside starlight-aside--tip">
 *   <p class="starlight-aside__title">Tip</p>
 *   <div class="starlight-aside__content"><p>Use the CLI.</p></div>
 * </div>
 * ```
 * A `note` rather than Starlight's `<aside>`: asides are landmarks, and a page
 * with two notes would have two landmarks of the same name.
 * A marker with text after it on its line stays a plain block quote, as on
 * Learn, with a warning. A later paragraph opening with a marker starts a new
 * alert.
 */
const remarkLearnAlerts: Plugin<[AlertsOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      if (!parent || index === undefined) return;
      const first = quote.children[0];
      const marker = first ? markerOf(first) : undefined;
      if (!marker) return;
      const trailing = quote.children.map(markerOf).find((m) => m && m.rest.trim() !== '');
      if (trailing) {
        const place = placeOf(trailing.paragraph.position?.start, settings.locate, file.path);
        report(file, 'warning', 'alert-marker-text', `Unexpected text after \`[!${trailing.kind}]\`, expected the marker alone on its line; rendered as a block quote`, place);
        return;
      }
      const alerts: LearnAlert[] = [];
      let content: LearnBlock | undefined;
      for (const child of quote.children) {
        const found = markerOf(child);
        if (found) {
          content = learnBlock('div', { className: ['starlight-aside__content'] }, []);
          alerts.push(alertNode(found.kind, content));
          stripMarker(found.paragraph, found.length);
          if (found.paragraph.children.length === 0) continue;
        }
        content!.children.push(child);
      }
      parent.children.splice(index, 1, ...alerts);
      return [SKIP, index + alerts.length];
    });
  };
};

export default remarkLearnAlerts;

function markerOf(node: BlockContent | DefinitionContent) {
  if (node.type !== 'paragraph') return undefined;
  const text = node.children[0];
  if (text?.type !== 'text') return undefined;
  const match = MARKER.exec(text.value);
  if (!match) return undefined;
  return { paragraph: node, kind: match[1]!.toUpperCase(), rest: match[2]!, length: match[0].length };
}

function alertNode(kind: string, content: LearnBlock): LearnAlert {
  const { variant, title } = ALERTS[kind]!;
  return {
    type: 'learnAlert',
    variant,
    data: { hName: 'div', hProperties: { role: 'note', ariaLabel: title, className: ['starlight-aside', `starlight-aside--${variant}`] } },
    children: [
      learnLabel('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, title),
      content,
    ],
  };
}

/** Removes the marker (and a hard break written right after it) from the paragraph. */
function stripMarker(paragraph: Paragraph, length: number): void {
  const text = paragraph.children[0];
  if (text?.type !== 'text') return;
  text.value = text.value.slice(length);
  if (text.value === '') {
    paragraph.children.shift();
    if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
  }
}
