import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { tabLabel } from './tab-heading.ts';

/** Where a table sits on the page. */
export interface TableContext {
  /** Text of the headings above it, outermost first; tab headings are not among them. */
  headings: string[];
  /** Labels of the tabs it sits in, outermost first. */
  tabs: string[];
}

export interface FoundTable extends TableContext {
  node: Table;
}

/** A placeholder standing for a table read apart, with where it sits. */
export interface FoundPlaceholder extends TableContext {
  node: RootContent;
}

export interface FindTablesOptions {
  /** Value of the HTML nodes standing in for tables read apart; their context is returned by line (default: none). */
  placeholder?: string;
  /** Ids of the include expansions a line sits in, outermost first (default: every line is the page's own). */
  includesAt?: (line: number) => readonly number[];
}

interface ChainHeading {
  depth: number;
  text: string;
}

/** A document open in a container (the page, or an include expanded inside it) and the tab it is in. */
interface Scope {
  include?: number;
  tab?: string;
  /** The heading chain when the tab group opened: headings inside a tab are that tab's content. */
  before?: ChainHeading[];
}

/** Block containers a table or heading can sit in; inline content is never walked. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);
const PAGE_ONLY: readonly number[] = [];

/**
 * Finds every table in document order with the headings and tabs it sits in.
 * Tab groups are read as DocFX reads them: a group runs from its first tab
 * heading to a thematic break or the end of its container, and a heading that
 * is no tab is content of the current tab. DocFX parses an include as a
 * document of its own, so a group in an include ends with it and nests in the
 * tab holding the include.
 */
export function findTables(tree: Root, options?: FindTablesOptions): { tables: FoundTable[]; placeholders: Map<number, FoundPlaceholder> } {
  const settings = options ?? {};
  const includesAt = settings.includesAt ?? (() => PAGE_ONLY);
  const tables: FoundTable[] = [];
  const placeholders = new Map<number, FoundPlaceholder>();
  let chain: ChainHeading[] = [];
  const endGroup = (scope: Scope) => {
    if (scope.before) chain = scope.before;
    scope.tab = undefined;
    scope.before = undefined;
  };
  // `nested` is how many includes deep the container opened: its own scope is the document it opened in.
  const walk = (nodes: readonly RootContent[], outer: readonly string[], nested: number) => {
    const scopes: Scope[] = [{}];
    const context = (): TableContext => ({
      headings: chain.map((heading) => heading.text).filter((text) => text !== ''),
      tabs: [...outer, ...scopes.flatMap((scope) => (scope.tab ? [scope.tab] : []))],
    });
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      const includes = includesAt(line);
      // Leave the includes that ended before this node (their tab groups end with them), enter the ones it opens.
      let kept = 1;
      while (kept < scopes.length && scopes[kept]!.include === includes[nested + kept - 1]) kept++;
      while (scopes.length > kept) endGroup(scopes.pop()!);
      while (nested + scopes.length - 1 < includes.length) scopes.push({ include: includes[nested + scopes.length - 1] });
      const scope = scopes.at(-1)!;
      if (node.type === 'heading') {
        const tab = tabLabel(node);
        if (tab === undefined) {
          const closed = chain.findIndex((heading) => heading.depth >= node.depth);
          chain = [...(closed === -1 ? chain : chain.slice(0, closed)), { depth: node.depth, text: toString(node).trim() }];
        } else {
          if (scope.before) chain = scope.before;
          else scope.before = chain;
          scope.tab = tab;
        }
      } else if (node.type === 'thematicBreak') endGroup(scope);
      else if (node.type === 'table') tables.push({ node, ...context() });
      else if (node.type === 'html' && node.value.trim() === settings.placeholder) placeholders.set(line, { node, ...context() });
      else if (CONTAINERS.has(node.type) && 'children' in node) walk(node.children as RootContent[], context().tabs, includes.length);
    }
    // The container ends: so does every tab group still open in it.
    for (const scope of scopes.reverse()) endGroup(scope);
  };
  walk(tree.children, [], 0);
  return { tables, placeholders };
}
