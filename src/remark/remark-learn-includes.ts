import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { INCLUDE_TOKEN } from '../lib/content/include-syntax.ts';
import { readInclude, resolveInclude } from '../lib/content/read-include.ts';
import { report, type Place } from '../lib/diagnostics/diagnostic.ts';
import { learnInline, learnLabel } from './learn-nodes.ts';
import { placeOf, pointInText, type Locate } from './locate.ts';

export interface IncludesOptions {
  /** The content folder: inline includes are read from inside it only. */
  root: string;
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

interface Token {
  title: string;
  target: string;
  raw: string;
}

/**
 * Include tokens are swapped for placeholders of the same length before
 * parsing, so that an include inside a link's text (`[a [!INCLUDE [t](p)]](x)`)
 * does not turn into a nested link and columns stay true. Private-use
 * characters never mean anything to markdown.
 */
const OPEN = '\uE000';
const FILL = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001*/g;
const WHOLE_PLACEHOLDER = /^\s*\uE000(\d+)\uE001*\s*$/;
const NOTICE = 'Included content not available';

/**
 * Renders Learn includes that the loader could not expand in place.
 *
 * Block includes (`[!INCLUDE [t](p)]` alone on a line) that exist were expanded
 * by the shared loader; those left are missing, circular or outside the
 * content folder (the loader reported them) and become a notice:
 * ```html
 * <div class="learn-include-missing" role="note">Included content not available: ../includes/banner.md</div>
 * ```
 * Inline includes are read here (relative to the file they are written in,
 * never outside `root`, front matter dropped) and their inline content takes
 * the token's place; a missing one becomes an inline notice and a diagnostic.
 * Tokens in code stay as written.
 *
 * An inline include holding more than one paragraph is an author error
 * upstream: its paragraphs are joined into the line (warning), and blocks
 * that cannot sit in a line (lists, tables, code, headings) are left out,
 * each reported at its own place in the included file.
 *
 * Must be used after `remark-parse`: it wraps the parser to protect tokens.
 */
function remarkLearnIncludes(this: Processor, options: IncludesOptions) {
  const parse = this.parser;
  if (!parse) throw new TypeError('remark-learn-includes must be used after remark-parse');
  const tokensOf = new WeakMap<object, Token[]>();
  this.parser = (document, file) => {
    const tokens: Token[] = [];
    const protectedText = document.replace(INCLUDE_TOKEN, (raw: string, title: string, target: string) => {
      const index = String(tokens.push({ title, target, raw }) - 1);
      return OPEN + index + FILL.repeat(Math.max(0, raw.length - 1 - index.length));
    });
    const tree = parse(protectedText, file);
    tokensOf.set(file, tokens);
    return tree;
  };
  return (tree: Root, file: VFile) => {
    const tokens = tokensOf.get(file) ?? [];
    if (tokens.length === 0) return;
    const restore = (value: string) => value.replace(PLACEHOLDER, (_, index: string) => tokens[Number(index)]!.raw);
    visit(tree, (node, index, parent) => {
      if (node.type === 'code' || node.type === 'inlineCode') {
        node.value = restore(node.value);
        return SKIP;
      }
      if (!parent || index === undefined) return undefined;
      const siblings = parent.children as RootContent[];
      if (node.type === 'paragraph') {
        const whole = wholeToken(node);
        if (whole !== undefined) {
          siblings.splice(index, 1, blockNotice(tokens[whole]!));
          return SKIP;
        }
      }
      if (node.type === 'text') {
        const parts = expandText(node, tokens, file, options);
        if (parts.length === 1 && parts[0] === node) return undefined;
        siblings.splice(index, 1, ...parts);
        return [SKIP, index + parts.length];
      }
      return undefined;
    });
  };
}

export default remarkLearnIncludes;

function wholeToken(paragraph: Paragraph): number | undefined {
  const [only, ...rest] = paragraph.children;
  if (rest.length > 0 || only?.type !== 'text') return undefined;
  const match = WHOLE_PLACEHOLDER.exec(only.value);
  return match ? Number(match[1]) : undefined;
}

function blockNotice(token: Token) {
  return learnLabel('div', { className: ['learn-include-missing'], role: 'note' }, `${NOTICE}: ${token.target}`);
}

function expandText(node: Text, tokens: Token[], file: VFile, options: IncludesOptions): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const token = tokens[Number(match[1])]!;
    const place = placeOf(pointInText(node.position?.start, node.value, match.index, file.value), options.locate, file.path);
    parts.push(...inlineInclude(token, place.source ?? file.path ?? '', place, file, options));
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function inlineInclude(token: Token, source: string, place: Place, file: VFile, options: IncludesOptions): PhrasingContent[] {
  const notice = [learnInline('span', { className: ['learn-include-missing', 'learn-include-missing--inline'] }, [{ type: 'text', value: `${NOTICE}: ${token.target}` }])];
  const resolved = resolveInclude(options.root, source, token.target, file, place);
  const included = resolved === undefined ? undefined : readInclude(options.root, resolved, token.target, file, place);
  if (resolved === undefined || !included) return notice;
  const { body } = included;
  if (body.match(INCLUDE_TOKEN)) report(file, 'info', 'include-inline-nested', `Inline include \`${token.target}\` holds includes of its own; shown as written`, place);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const paragraphs = tree.children.filter((child): child is Paragraph => child.type === 'paragraph');
  if (paragraphs.length > 1) {
    report(file, 'warning', 'include-inline-paragraphs', `Unexpected ${paragraphs.length} paragraphs in inline include \`${token.target}\`, expected inline content only; shown joined into one`, place);
  }
  const where = `${place.source ?? file.path}:${place.line}:${place.column ?? 1}`;
  for (const block of tree.children) {
    // Definitions are not content a reader sees; everything else that is no paragraph cannot sit in a line of text.
    if (block.type === 'paragraph' || block.type === 'definition') continue;
    const at = { source: resolved, line: block.position?.start.line ?? 1, column: block.position?.start.column ?? 1 };
    report(file, 'warning', 'include-inline-block', `Unexpected ${blockName(block)} in inline include \`${token.target}\` (included at ${where}), expected inline content only; not shown`, at);
  }
  return paragraphs.flatMap((paragraph, index) => (index === 0 ? paragraph.children : [{ type: 'text', value: ' ' } as const, ...paragraph.children]));
}

/** How a block reads in a message: `list`, `code block`, `heading`. */
function blockName(block: RootContent): string {
  const names: Partial<Record<RootContent['type'], string>> = { code: 'code block', blockquote: 'block quote', thematicBreak: 'thematic break', html: 'HTML block' };
  return names[block.type] ?? block.type;
}
