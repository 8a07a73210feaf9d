import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlockContent, DefinitionContent, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { resolveInsideRoot } from '../lib/content/path-guard.ts';
import { report, type Place } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock, learnInline, learnLabel, type LearnBlock } from './learn-nodes.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, pointInText, type Locate } from './locate.ts';

export interface ImagesOptions {
  /** The content folder: images are read from inside it only. */
  root: string;
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** `:::image key="value" …:::` and the `:::image-end:::` that closes a complex image. */
const IMAGE = /:::image(-end)?((?:\s+[a-z-]+="[^"]*")*)\s*:::/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

type Piece = PhrasingContent | { image: Record<string, string>; place: Place } | { end: true };

/**
 * Renders Learn's `:::image:::` extension.
 *
 * ```md
 * :::image type="content" source="media/card.png" alt-text="A model card.":::
 * ```
 * becomes, when the file exists in the content folder, a figure with the
 * picture inlined as a `data:` URL (the site does not publish `content/`);
 * when it is missing, a placeholder that shows the alt text, and a diagnostic:
 * ```html
 * <figure class="learn-figure learn-figure--missing">
 *   <p class="learn-figure__notice">Image not available</p><p class="learn-figure__alt">A model card.</p>
 * </figure>
 * ```
 * A token written at the end of a paragraph (no blank line before it) splits
 * the paragraph around the figure. `type="icon"` stays inline. The blocks
 * after a `type="complex"` image up to `:::image-end:::` become its long
 * description.
 *
 * Differs from Learn on purpose: `lightbox` (a link to a larger picture) is
 * not rendered, since the inlined picture is the full one and `data:` links
 * do not pass the sanitizer.
 */
const remarkLearnImages: Plugin<[ImagesOptions], Root> = (options) => {
  return (tree, file) => {
    visitContainers(tree, (parent) => splitParagraphs(parent, file, options));
  };
};

export default remarkLearnImages;

function splitParagraphs(parent: Parent, file: VFile, options: ImagesOptions): void {
  const children = parent.children as (BlockContent | DefinitionContent)[];
  if (!children.some((child) => child.type === 'paragraph' && child.children.some((c) => c.type === 'text' && c.value.includes(':::image')))) return;
  const out: (BlockContent | DefinitionContent)[] = [];
  let complex: LearnBlock | undefined;
  let complexPlace: Place | undefined;
  for (const child of children) {
    if (child.type !== 'paragraph') {
      (complex ?? { children: out }).children.push(child);
      continue;
    }
    for (const block of splitParagraph(child, file, options)) {
      if ('end' in block) {
        complex = undefined;
        continue;
      }
      (complex ?? { children: out }).children.push(block);
      if (block.type === 'learnBlock' && block.data.hProperties.dataComplex) {
        complex = block.children.at(-1) as LearnBlock;
        complexPlace = placeOfFigure.get(block);
      }
    }
  }
  if (complex && complexPlace) report(file, 'warning', 'image-complex-unclosed', 'Missing `:::image-end:::` after a `type="complex"` image; its long description runs to the end of its container', complexPlace);
  parent.children = out;
}

function splitParagraph(paragraph: Paragraph, file: VFile, options: ImagesOptions): ((BlockContent | DefinitionContent) | { end: true })[] {
  const pieces: Piece[] = withMarkupInAttributes(paragraph.children).flatMap((child) => (child.type === 'text' ? tokensIn(child, file, options) : [child]));
  if (pieces.every((piece) => 'type' in piece)) return [paragraph];
  const blocks: ((BlockContent | DefinitionContent) | { end: true })[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    const trimmed = trimInline(inline);
    if (trimmed.length > 0) blocks.push({ type: 'paragraph', children: trimmed });
    inline = [];
  };
  for (const piece of pieces) {
    if ('type' in piece) inline.push(piece);
    else if ('end' in piece) {
      flush();
      blocks.push(piece);
    } else if (piece.image.type === 'icon') inline.push(icon(piece.image, piece.place, file, options));
    else {
      flush();
      blocks.push(figure(piece.image, piece.place, file, options));
    }
  }
  flush();
  return blocks;
}

/**
 * Joins back what looks like HTML inside an open `:::image` marker
 * (`alt-text="<Screenshot of …>"`): the parser made it an `html` node, but in
 * Learn it is the attribute's text.
 */
function withMarkupInAttributes(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    const previous = out.at(-1);
    if (previous?.type === 'text' && (child.type === 'html' || child.type === 'text') && OPEN_IMAGE.test(previous.value)) {
      out[out.length - 1] = { ...previous, value: previous.value + child.value };
    } else out.push(child);
  }
  return out;
}

/** A `:::image` marker whose closing `:::` has not come yet. */
const OPEN_IMAGE = /:::image(?:(?!:::)[\s\S])*$/;

function tokensIn(text: PhrasingContent & { type: 'text' }, file: VFile, options: ImagesOptions): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.value.matchAll(IMAGE)) {
    if (match.index > last) pieces.push({ type: 'text', value: text.value.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[1]) {
      pieces.push({ end: true });
      continue;
    }
    const image = Object.fromEntries([...match[2]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
    const place = placeOf(pointInText(text.position?.start, text.value, match.index, file.value), options.locate, file.path);
    pieces.push({ image, place });
  }
  if (last === 0) {
    if (text.value.includes(':::image')) {
      const place = placeOf(text.position?.start, options.locate, file.path);
      report(file, 'warning', 'image-invalid', 'Unexpected `:::image` syntax, expected `:::image key="value" …:::`; rendered as text', place);
    }
    return [text];
  }
  if (last < text.value.length) pieces.push({ type: 'text', value: text.value.slice(last) });
  return pieces;
}

function trimInline(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((node) => !(node.type === 'text' && node.value === ''));
}

/** The picture as a `data:` URL, or `undefined` (diagnosed) when it cannot be read. */
function readImage(source: string | undefined, place: Place, file: VFile, options: ImagesOptions): string | undefined {
  if (!source) {
    report(file, 'warning', 'image-source-missing', 'Unexpected `:::image` without `source`, expected the picture\'s path', place);
    return undefined;
  }
  const resolved = resolveInsideRoot(options.root, place.source ?? file.path, source);
  if (resolved === undefined) {
    report(file, 'error', 'image-outside-content', `Image \`${source}\` points outside the content folder; not read`, place);
    return undefined;
  }
  const type = MEDIA_TYPES[path.extname(resolved).toLowerCase()];
  if (!type) {
    report(file, 'warning', 'image-format-unsupported', `Image \`${source}\` is a \`${path.extname(resolved) || 'extensionless'}\` file, expected one of ${Object.keys(MEDIA_TYPES).join(', ')}; showing its alt text`, place);
    return undefined;
  }
  try {
    return `data:${type};base64,${readFileSync(path.join(options.root, resolved)).toString('base64')}`;
  } catch {
    report(file, 'warning', 'image-missing', `Image not found: \`${source}\` (${resolved}); showing its alt text`, place);
    return undefined;
  }
}

function altOf(image: Record<string, string>, place: Place, file: VFile): string {
  const alt = image['alt-text']?.trim() ?? '';
  if (alt === '' && image.type !== 'icon') report(file, 'warning', 'image-alt-missing', 'Missing `alt-text` on `:::image`, expected a description of the picture', place);
  return alt;
}

/** Where each figure's token was written, for messages about what follows it. */
const placeOfFigure = new WeakMap<LearnBlock, Place>();

/** Learn's image types; another is reported and shown as `content`. */
const IMAGE_TYPES = ['content', 'complex', 'icon'];

function figure(image: Record<string, string>, place: Place, file: VFile, options: ImagesOptions): LearnBlock {
  if (image.type !== undefined && !IMAGE_TYPES.includes(image.type)) {
    report(file, 'warning', 'image-type-unknown', `Unexpected \`type="${image.type}"\` on \`:::image\`, expected \`content\`, \`complex\` or \`icon\`; shown as \`content\``, place);
  }
  const alt = altOf(image, place, file);
  const data = readImage(image.source, place, file, options);
  const complex = image.type === 'complex';
  const modifiers = [data ? undefined : 'learn-figure--missing', image.border === 'false' ? undefined : 'learn-figure--border'].filter((m): m is string => m !== undefined);
  const properties: Record<string, string | string[]> = { className: ['learn-figure', ...modifiers] };
  if (complex) properties.dataComplex = 'true';
  const picture = data
    ? [learnBlock('p', { className: ['learn-figure__picture'] }, [{ type: 'paragraph', data: { hName: 'span' }, children: [{ type: 'image', url: data, alt }] }])]
    : [learnLabel('p', { className: ['learn-figure__notice'] }, 'Image not available'), learnLabel('p', { className: ['learn-figure__alt'] }, alt || (image.source ?? ''))];
  const description = complex ? [learnBlock('div', { className: ['learn-figure__description'] }, [])] : [];
  const block = learnBlock('figure', properties, [...picture, ...description]);
  placeOfFigure.set(block, place);
  return block;
}

function icon(image: Record<string, string>, place: Place, file: VFile, options: ImagesOptions): PhrasingContent {
  const alt = altOf(image, place, file);
  const data = readImage(image.source, place, file, options);
  if (data) return { type: 'image', url: data, alt };
  return learnInline('span', { className: ['learn-icon-missing'] }, [{ type: 'text', value: alt ? `[${alt}]` : '' }]);
}
