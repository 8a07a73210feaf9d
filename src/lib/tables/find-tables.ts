import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface FoundTable {
  node: Table;
  /** Text of the headings above the table, outermost first. */
  headings: string[];
}

export interface FoundHeading {
  line: number;
  depth: number;
  text: string;
}

/** Block containers a table or heading can sit in; inline content is never walked. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** Finds every table in document order with the headings it sits under, and every heading. */
export function findTables(tree: Root): { tables: FoundTable[]; headings: FoundHeading[] } {
  const tables: FoundTable[] = [];
  const headings: FoundHeading[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') headings.push({ line: node.position?.start.line ?? 1, depth: node.depth, text: toString(node).trim() });
      else if (node.type === 'table') tables.push({ node, headings: headingsAbove(headings, node.position?.start.line ?? 1) });
      else if (CONTAINERS.has(node.type) && 'children' in node) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);
  return { tables, headings };
}

/** The chain of headings a line sits under ("Region availability" > "Jais models"), outermost first. */
export function headingsAbove(headings: readonly FoundHeading[], line: number): string[] {
  const chain: FoundHeading[] = [];
  for (const heading of headings) {
    if (heading.line >= line) break;
    while (chain.length > 0 && chain.at(-1)!.depth >= heading.depth) chain.pop();
    chain.push(heading);
  }
  return chain.map((heading) => heading.text).filter((text) => text !== '');
}
