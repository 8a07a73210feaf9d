import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { factKey } from './fact-collector.ts';
import type { DocumentFacts, FactDraft, OfferDraft } from './fact-drafts.ts';

/** A fact with the document it is credited to. */
export interface Credited<T> {
  item: T;
  document: DocumentFacts;
}

export interface MergedFacts {
  availability: Credited<FactDraft>[];
  offers: Credited<OfferDraft>[];
  diagnostics: Diagnostic[];
}

/** Newest first; an undated version counts as the oldest. */
function byDateDescending(a: DocumentFacts, b: DocumentFacts): number {
  return (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.meta.path.localeCompare(b.meta.path);
}

/**
 * Merges the dated versions of each article (`page@2024-05-21.md` beside
 * `page.md`). Where several versions state the same fact the newest one is its
 * source; a fact only an older version states is kept, credited to that
 * version, and an info says so. Different articles never merge.
 */
export function mergeVersions(documents: readonly DocumentFacts[]): MergedFacts {
  const articles = new Map<string, DocumentFacts[]>();
  for (const document of documents) articles.set(document.meta.article, [...(articles.get(document.meta.article) ?? []), document]);
  const merged: MergedFacts = { availability: [], offers: [], diagnostics: [] };
  for (const versions of articles.values()) {
    versions.sort(byDateDescending);
    const facts = new Set<string>();
    const offers = new Set<string>();
    const olderOnly = new Map<DocumentFacts, { facts: number; offers: number }>();
    versions.forEach((document, rank) => {
      const count = { facts: 0, offers: 0 };
      for (const fact of document.availability) {
        const key = factKey(fact);
        if (facts.has(key)) continue;
        facts.add(key);
        merged.availability.push({ item: fact, document });
        if (rank > 0) count.facts++;
      }
      for (const offer of document.offers) {
        const key = `${offer.model}|${offer.market.toLowerCase()}`;
        if (offers.has(key)) continue;
        offers.add(key);
        merged.offers.push({ item: offer, document });
        if (rank > 0) count.offers++;
      }
      if (count.facts + count.offers > 0) olderOnly.set(document, count);
    });
    const newest = versions[0]!;
    for (const [document, count] of olderOnly) {
      merged.diagnostics.push({
        severity: 'info',
        rule: 'older-version-facts-kept',
        source: newest.meta.path,
        line: 1,
        message: `${count.facts} availability facts and ${count.offers} offers appear only in the older version ${document.meta.path} (${document.meta.date ?? 'undated'}); kept, credited to it`,
      });
    }
  }
  return merged;
}
