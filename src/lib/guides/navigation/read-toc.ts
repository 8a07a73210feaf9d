import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { report } from '../../diagnostics/diagnostic.ts';

/** One entry of a Learn `TOC.yml`, as written. */
export interface TocItem {
  name?: string;
  /** A page, a folder (`x/`), another TOC, or a URL. */
  href?: string;
  /** The page of an entry that also nests a TOC (`tocHref`). */
  topicHref?: string;
  /** A TOC to nest here, when `href` names the page. */
  tocHref?: string;
  /** Whether the entry starts open (default: `false`). */
  expanded: boolean;
  /** Extra search words, comma-separated upstream. */
  displayName: string[];
  items: TocItem[];
  /** 1-based line the entry starts on. */
  line: number;
}

const text = (node: unknown): string | undefined => {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const value = String(node.value).trim();
  return value === '' ? undefined : value;
};

/**
 * Reads a Learn TOC file: `items:` (or, in older files, a bare list) of
 * entries with `name`, `href`, `topicHref`, `tocHref`, `expanded`,
 * `displayName` and nested `items`. What cannot be read is a diagnostic on
 * `file` and is left out; reading never throws.
 */
export function readToc(source: string, file: VFile): TocItem[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  for (const error of doc.errors) {
    report(file, 'warning', 'toc-invalid', `TOC is not valid YAML (${error.message.split('\n')[0]}); read as far as it goes`, { line: error.linePos?.[0].line ?? 1 });
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get('items', true) : root;
  if (!isSeq(list)) {
    report(file, 'warning', 'toc-invalid', 'TOC has no `items` list; no navigation read from it', { line: lineOf(root) });
    return [];
  }
  const readItems = (seq: unknown): TocItem[] => {
    if (!isSeq(seq)) return [];
    return seq.items.flatMap((node): TocItem[] => {
      if (!isMap(node)) {
        report(file, 'warning', 'toc-item-invalid', 'TOC entry is not a mapping of `name`, `href`, `items`; left out', { line: lineOf(node as YamlNode) });
        return [];
      }
      const item: TocItem = {
        expanded: text(node.get('expanded', true)) === 'true',
        displayName: (text(node.get('displayName', true)) ?? '')
          .split(',')
          .map((word) => word.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
        items: readItems(node.get('items', true)),
        line: lineOf(node),
      };
      const name = text(node.get('name', true));
      const href = text(node.get('href', true));
      const topicHref = text(node.get('topicHref', true));
      const tocHref = text(node.get('tocHref', true));
      if (name) item.name = name;
      if (href) item.href = href;
      if (topicHref) item.topicHref = topicHref;
      if (tocHref) item.tocHref = tocHref;
      return [item];
    });
  };
  return readItems(list);
}
