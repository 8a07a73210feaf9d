import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

/** Parses markdown into mdast with GitHub-flavoured extensions (tables among them). */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}
