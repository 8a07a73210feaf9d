import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

export interface GuideHeading {
  depth: number;
  slug: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

/**
 * Gives every heading a GitHub-style id (as Learn's anchors are) and collects
 * them for the table of contents into `headings`. A heading repeated in
 * several zones gets `-1`, `-2` … as on GitHub; the page script hides the
 * entries of zones not shown.
 */
export function rehypeHeadingIds(headings: GuideHeading[]) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      const depth = HEADING.exec(node.tagName)?.[1];
      if (!depth) return;
      const text = toString(node).trim();
      const slug = slugger.slug(text);
      node.properties.id = slug;
      headings.push({ depth: Number(depth), slug, text });
    });
  };
}
