import type { Blockquote, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock } from './learn-nodes.ts';
import { placeOf, type Locate } from './locate.ts';

export interface VideoOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** `[!VIDEO url]` opening a block quote; group 1 is the address. */
const MARKER = /^\[!video\s+([^\]\s]*)\s*\]/i;
const OPEN = /^\[!video\s*$/i;

/**
 * Renders Learn's `> [!VIDEO https://…]` as a link to the video.
 *
 * ```md
 * > [!VIDEO https://learn-video.azurefd.net/vod/player?id=123]
 * ```
 * becomes
 * ```html
 * <p class="learn-video"><a href="https://learn-video.azurefd.net/vod/player?id=123">Watch the video (learn-video.azurefd.net)</a></p>
 * ```
 * Differs from Learn on purpose: no embedded player. Content HTML is
 * sanitized, which removes frames, and a link works without script or
 * third-party cookies. Text after the marker in the quote stays below the link.
 * An address that is not http(s) is a warning and shows as text.
 */
const remarkLearnVideo: Plugin<[VideoOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    visit(tree, 'blockquote', (quote: Blockquote, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const first = quote.children[0];
      const found = first?.type === 'paragraph' ? markerOf(first) : undefined;
      if (!found) return undefined;
      const { url, rest } = found;
      const place = placeOf(quote.position?.start, settings.locate, file.path);
      const after = [...(rest.children.length > 0 ? [rest] : []), ...quote.children.slice(1)];
      let link: Paragraph;
      try {
        const address = new URL(url);
        if (address.protocol !== 'https:' && address.protocol !== 'http:') throw new TypeError('not http');
        link = { type: 'paragraph', data: { hProperties: { className: ['learn-video'] } }, children: [{ type: 'link', url, children: [{ type: 'text', value: `Watch the video (${address.host})` }] }] };
      } catch {
        report(file, 'warning', 'video-url-invalid', `Unexpected video address \`${url}\`, expected an http(s) URL; shown as text`, place);
        link = { type: 'paragraph', data: { hProperties: { className: ['learn-video'] } }, children: [{ type: 'text', value: `Video: ${url}` }] };
      }
      const block = after.length > 0 ? learnBlock('div', { className: ['learn-video-block'] }, [link, ...after]) : link;
      parent.children.splice(index, 1, block);
      return [SKIP, index + 1];
    });
  };
};

export default remarkLearnVideo;

/**
 * The address of a paragraph opening with `[!VIDEO url]`, and what follows
 * it. GFM reads a bare address as a link, so the marker is either one text
 * or a text, that link, and a text starting with `]`.
 */
function markerOf(paragraph: Paragraph): { url: string; rest: Paragraph } | undefined {
  const [text, link, close] = paragraph.children;
  if (text?.type !== 'text') return undefined;
  let url: string;
  let tail: Paragraph['children'];
  const whole = MARKER.exec(text.value);
  if (whole) {
    url = whole[1]!;
    tail = [{ type: 'text', value: text.value.slice(whole[0].length) }, ...paragraph.children.slice(1)];
  } else if (OPEN.test(text.value) && link?.type === 'link' && close?.type === 'text' && close.value.startsWith(']')) {
    url = link.url;
    tail = [{ type: 'text', value: close.value.slice(1) }, ...paragraph.children.slice(3)];
  } else return undefined;
  const first = tail[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  if (first?.type === 'text' && first.value === '') tail.shift();
  if (tail[0]?.type === 'break') tail.shift();
  return { url, rest: { type: 'paragraph', children: tail } };
}
