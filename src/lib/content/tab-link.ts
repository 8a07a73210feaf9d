import type { Heading, Link } from 'mdast';

/** `#tab/<id>`, `a+b` for a tab answering to several ids, and an optional `/<condition>`. */
export const TAB_HREF = /^#tab\/([a-z0-9-]+(?:\+[a-z0-9-]+)*)(?:\/([a-z0-9-]+))?$/i;

/** A Learn tab heading as the page and the extractor both read it. */
export interface TabLink {
  /** The ids the tab answers to, lowercase. */
  ids: string[];
  /** The tab id another group must have chosen for this one to show (a dependent tab). */
  condition?: string;
  link: Link;
}

/** The heading's link when it holds nothing else but white space. */
export function soleLink(heading: Heading): Link | undefined {
  const content = heading.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return content.length === 1 && content[0]!.type === 'link' ? content[0] : undefined;
}

/**
 * Reads a Learn tab heading (`# [Global Standard](#tab/global-standard)`, any
 * level): a heading holding nothing but a link to `#tab/<id>`. Any other
 * heading, a link with an invalid id among them, is no tab.
 */
export function readTabLink(heading: Heading): TabLink | undefined {
  const link = soleLink(heading);
  const match = link ? TAB_HREF.exec(link.url) : null;
  if (!link || !match) return undefined;
  const tab: TabLink = { ids: match[1]!.toLowerCase().split('+'), link };
  if (match[2]) tab.condition = match[2].toLowerCase();
  return tab;
}
