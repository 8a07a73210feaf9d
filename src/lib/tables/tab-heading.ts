import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** `#tab/<id>`, `a+b` for a tab answering to several ids, and an optional `/<condition>` (as remark-learn-tabs reads it). */
const TAB_HREF = /^#tab\/[a-z0-9-]+(?:\+[a-z0-9-]+)*(?:\/[a-z0-9-]+)?$/i;

/**
 * The label of a Learn tab heading (`# [Global Standard](#tab/global-standard)`,
 * any level): a heading holding nothing but a link to `#tab/<id>`. Any other
 * heading, a link with an invalid id among them, is no tab.
 */
export function tabLabel(heading: Heading): string | undefined {
  const content = heading.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const link = content.length === 1 && content[0]!.type === 'link' ? content[0] : undefined;
  return link && TAB_HREF.test(link.url) ? toString(link).trim() : undefined;
}
