import { VFile } from 'vfile';
import { loadDocument, type LoadedDocument } from '../content/load-document.ts';
import { listDocuments } from '../content/list-documents.ts';
import { sourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, report, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { assembleDatasetWithTables, type TableFacts } from './assemble-dataset.ts';
import type { Dataset } from './dataset-schema.ts';
import { readDocument, type DocumentReading } from './extract-document-facts.ts';
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
  const results: DocumentResult[] = [];
  for (const doc of loadEach(root, unreadable)) results.push(readSource(doc).result);
  return assembleResults(results, unreadable);
}

/**
 * Loads every markdown file below `root`, one at a time; a file that cannot
 * be read adds an error to `unreadable` and is skipped.
 */
export function* loadEach(root: string, unreadable: Diagnostic[]): Generator<LoadedDocument> {
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

/**
 * Extracts a dataset from documents loaded elsewhere (tests, benchmarks); an
 * iterable is read one document at a time.
 */
export function extractLoadedDocuments(docs: Iterable<LoadedDocument>, diagnostics: readonly Diagnostic[] = []): Extraction {
  const results: DocumentResult[] = [];
  for (const doc of docs) results.push(readSource(doc).result);
  return assembleResults(results, diagnostics);
}

/**
 * Reads one loaded document: its result for the dataset, and the reading
 * itself (its tree and where each table sits in it) for the guide renderer.
 */
export function readSource(doc: LoadedDocument): { result: DocumentResult; reading: DocumentReading } {
  const reading = readSafely(doc);
  const includes = new Set<string>();
  for (const origin of doc.origins) if (origin.source !== doc.path) includes.add(origin.source);
  return { result: { facts: reading.facts, diagnostics: diagnosticsOf(doc.file), includes }, reading };
}

/**
 * A file another document includes is read where it is included, not again as
 * a source of its own; files that include each other (a cycle) both stay.
 * Also says which dataset facts each source's tables gave.
 */
export function assembleResults(results: readonly DocumentResult[], diagnostics: readonly Diagnostic[]): Extraction & { tables: Map<DocumentFacts, TableFacts[]> } {
  const includedBy = new Map<string, string[]>();
  for (const result of results) {
    for (const included of result.includes) includedBy.set(included, [...(includedBy.get(included) ?? []), result.facts.meta.path]);
  }
  const byPath = new Map(results.map((result) => [result.facts.meta.path, result]));
  const includedOnly = (result: DocumentResult) =>
    (includedBy.get(result.facts.meta.path) ?? []).some((other) => other !== result.facts.meta.path && !result.includes.has(other) && byPath.has(other));
  const sources = results.filter((result) => !includedOnly(result));
  const documents = sources.map((result) => result.facts);
  const { dataset, tables } = assembleDatasetWithTables(documents, [...diagnostics, ...sources.flatMap((result) => result.diagnostics)]);
  return { dataset, documents, tables };
}

/**
 * A document the extractor cannot read (a bug meeting input nobody foresaw)
 * costs that document, as an error on it, never the whole run.
 */
function readSafely(doc: LoadedDocument): DocumentReading {
  try {
    return readDocument(doc);
  } catch (error) {
    report(doc.file, 'error', 'extract-failed', `Extraction failed on this file (${error instanceof Error ? error.message : String(error)}); its tables are not read`, { line: 1 });
    return { facts: { meta: sourceMeta(doc.path, doc.data, doc.text), models: [], regions: [], availability: [], offers: [], tables: [], tableItems: [] }, places: [] };
  }
}
