import type { Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Calls `visitor` on every node that holds blocks (the document, list items,
 * block quotes, zones, tab panels …), the places where Learn's block syntax
 * can open and close; paragraphs and headings hold inline content only.
 */
export function visitContainers(tree: Root, visitor: (parent: Parent) => void): void {
  visit(tree, (node) => {
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableRow' && node.type !== 'tableCell' && node.type !== 'table') visitor(node as Parent);
  });
}
