import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readTabLink } from '../content/tab-link.ts';

/** The label of a Learn tab heading (`# [Global Standard](#tab/global-standard)` → "Global Standard"); `undefined` for any other heading. */
export function tabLabel(heading: Heading): string | undefined {
  const tab = readTabLink(heading);
  return tab ? toString(tab.link).trim() : undefined;
}
