import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfm } from 'micromark-extension-gfm';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * The GFM the extractor needs: tables, footnotes (a `[^1]` mark in a cell is
 * a reference when the page defines it) and strikethrough (a struck name
 * stays one piece of text). Literal autolinks and task lists are left out: no
 * table fact depends on them, and autolink literals cost a check on every
 * character of every page.
 */
const extensions = [gfmTable(), gfmFootnote(), gfmStrikethrough()];
const mdastExtensions = [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown()];

/** Parses markdown into mdast with the GitHub-flavoured extensions tables need. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}

const documentExtensions = [gfm()];
const documentMdastExtensions = [gfmFromMarkdown()];

/**
 * Parses a whole document as the guide renderer reads it (remark-parse with
 * remark-gfm: all of GFM), so the tree the extractor reads its tables from is
 * the tree the guide is rendered from.
 */
export function parseDocumentMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: documentExtensions, mdastExtensions: documentMdastExtensions });
}
