import type { Source } from '../facts/dataset-schema.ts';

export interface CitedSource {
  source: Source;
  /** Its number on the page ("1"), named beside each fact read from it. */
  key: string;
  /** The anchor of its entry in the page's list of sources. */
  anchor: string;
}

export interface CitedSources {
  /** Each source once, in the order the page first cites it. */
  list: CitedSource[];
  /** The entry of a cited source. */
  of(source: Source): CitedSource;
}

/**
 * Numbers the sources a page cites, so the page names each one once, with its
 * date, and each fact only says its line and, when there are several sources,
 * which one.
 */
export function citeSources(sources: Iterable<Source>): CitedSources {
  const entries = new Map<string, CitedSource>();
  for (const source of sources) {
    if (entries.has(source.id)) continue;
    const key = String(entries.size + 1);
    entries.set(source.id, { source, key, anchor: `source-${key}` });
  }
  return { list: [...entries.values()], of: (source) => entries.get(source.id)! };
}
