import { VFile } from 'vfile';
import { loadDocument, type LoadedDocument } from '../content/load-document.ts';
import { listDocuments } from '../content/list-documents.ts';
import { sourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, report, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { assembleDataset } from './assemble-dataset.ts';
import type { Dataset } from './dataset-schema.ts';
import { extractDocumentFacts } from './extract-document-facts.ts';
import type { DocumentFacts } from './fact-drafts.ts';

export interface Extraction {
  dataset: Dataset;
  documents: DocumentFacts[];
}

/** What one document gave, kept small: its text and tree are not held once read. */
export interface DocumentResult {
  facts: DocumentFacts;
  diagnostics: Diagnostic[];
  /** The files its includes pulled in. */
  includes: Set<string>;
}

/**
 * Extracts the dataset from every markdown file below `root` (any folder of
 * markdown), one document at a time. A file that cannot be read is an error
 * diagnostic, never an exception.
 */
export function extractDataset(root: string): Extraction {
  const unreadable: Diagnostic[] = [];
  function* documents(): Generator<LoadedDocument> {
    for (const relativePath of listDocuments(root)) {
      try {
        yield loadDocument(root, relativePath);
      } catch (error) {
        const file = new VFile({ path: relativePath });
        report(file, 'error', 'document-unreadable', `Cannot read the file (${error instanceof Error ? error.message : String(error)}); skipped`, { line: 1 });
        unreadable.push(...diagnosticsOf(file));
      }
    }
  }
  const results: DocumentResult[] = [];
  for (const doc of documents()) results.push(extractOne(doc));
  return assembleResults(results, unreadable);
}

/**
 * Extracts a dataset from documents loaded elsewhere (tests, benchmarks); an
 * iterable is read one document at a time.
 */
export function extractLoadedDocuments(docs: Iterable<LoadedDocument>, diagnostics: readonly Diagnostic[] = []): Extraction {
  const results: DocumentResult[] = [];
  for (const doc of docs) results.push(extractOne(doc));
  return assembleResults(results, diagnostics);
}

/** Extracts one loaded document (the history calls it per changed document). */
export function extractOne(doc: LoadedDocument): DocumentResult {
  const facts = extractSafely(doc);
  const includes = new Set<string>();
  for (const origin of doc.origins) if (origin.source !== doc.path) includes.add(origin.source);
  return { facts, diagnostics: diagnosticsOf(doc.file), includes };
}

/**
 * A file another document includes is read where it is included, not again as
 * a source of its own; files that include each other (a cycle) both stay.
 */
function assembleResults(results: readonly DocumentResult[], diagnostics: readonly Diagnostic[]): Extraction {
  const included = includedOnly(new Map(results.map((result) => [result.facts.meta.path, result.includes])));
  const sources = results.filter((result) => !included.has(result.facts.meta.path));
  const documents = sources.map((result) => result.facts);
  return { dataset: assembleDataset(documents, [...diagnostics, ...sources.flatMap((result) => result.diagnostics)]), documents };
}

/**
 * The documents that are only included by others, from each document's
 * includes by path: they are read where they are included, not as sources.
 */
export function includedOnly(includesByPath: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const includedBy = new Map<string, string[]>();
  for (const [path, includes] of includesByPath) {
    for (const included of includes) includedBy.set(included, [...(includedBy.get(included) ?? []), path]);
  }
  const only = new Set<string>();
  for (const [path, includes] of includesByPath) {
    if ((includedBy.get(path) ?? []).some((other) => other !== path && !includes.has(other) && includesByPath.has(other))) only.add(path);
  }
  return only;
}

/**
 * A document the extractor cannot read (a bug meeting input nobody foresaw)
 * costs that document, as an error on it, never the whole run.
 */
function extractSafely(doc: LoadedDocument): DocumentFacts {
  try {
    return extractDocumentFacts(doc);
  } catch (error) {
    report(doc.file, 'error', 'extract-failed', `Extraction failed on this file (${error instanceof Error ? error.message : String(error)}); its tables are not read`, { line: 1 });
    return { meta: sourceMeta(doc.path, doc.data, doc.text), models: [], regions: [], availability: [], offers: [], tables: [] };
  }
}
