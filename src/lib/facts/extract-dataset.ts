import { VFile } from 'vfile';
import { loadDocument, type LoadedDocument } from '../content/load-document.ts';
import { listDocuments } from '../content/list-documents.ts';
import { sourceMeta } from '../content/source-meta.ts';
import { diagnosticsOf, report, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { assembleDataset } from './assemble-dataset.ts';
import type { Dataset } from './dataset-schema.ts';
import type { Provider } from './dataset-schema.ts';
import { extractDocumentFacts } from './extract-document-facts.ts';
import type { DocumentFacts } from './fact-drafts.ts';

export interface ExtractOptions {
  /**
   * The provider of each source folder the site config names one for
   * (`sources[].dir` relative to the content root, and its `provider`): it
   * decides for every document below it; the longest matching folder wins
   * (default: none, each table's own regions decide).
   */
  providers?: readonly { dir: string; provider: Provider }[];
  /** The markdown files to read, relative to the root (default: every one below it; a site config's sources name theirs). */
  paths?: readonly string[];
}

const emptyOptions: ExtractOptions = {};

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
 * Extracts the dataset from the markdown files `paths` below `root` (default:
 * every one; a site config's sources name theirs), one document at a time. A
 * file that cannot be read is an error diagnostic, never an exception.
 */
export function extractDataset(root: string, options?: ExtractOptions): Extraction {
  const settings = options ?? emptyOptions;
  const providerOf = folderProviders(settings);
  const paths = settings.paths ?? listDocuments(root);
  const unreadable: Diagnostic[] = [];
  function* documents(): Generator<LoadedDocument> {
    for (const relativePath of paths) {
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
  for (const doc of documents()) results.push(extractOne(doc, providerOf(doc.path)));
  return assembleResults(results, unreadable);
}

/**
 * Extracts a dataset from documents loaded elsewhere (tests, benchmarks); an
 * iterable is read one document at a time.
 */
export function extractLoadedDocuments(docs: Iterable<LoadedDocument>, diagnostics: readonly Diagnostic[] = [], options?: ExtractOptions): Extraction {
  const providerOf = folderProviders(options ?? emptyOptions);
  const results: DocumentResult[] = [];
  for (const doc of docs) results.push(extractOne(doc, providerOf(doc.path)));
  return assembleResults(results, diagnostics);
}

/** The provider the folder a content path sits in is configured with, the innermost folder first. */
function folderProviders({ providers = [] }: ExtractOptions): (contentPath: string) => Provider | undefined {
  const folders = providers
    .map(({ dir, provider }) => ({ prefix: dir.replace(/^\.?\/+|\/+$/g, ''), provider }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return (contentPath) => folders.find(({ prefix }) => prefix === '' || contentPath === prefix || contentPath.startsWith(`${prefix}/`))?.provider;
}

/** Extracts one loaded document (the history calls it per changed document); `provider` when its source's config names one. */
export function extractOne(doc: LoadedDocument, provider?: Provider): DocumentResult {
  const facts = extractSafely(doc, provider);
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
function extractSafely(doc: LoadedDocument, provider: Provider | undefined): DocumentFacts {
  try {
    return extractDocumentFacts(doc, provider ? { provider } : {});
  } catch (error) {
    report(doc.file, 'error', 'extract-failed', `Extraction failed on this file (${error instanceof Error ? error.message : String(error)}); its tables are not read`, { line: 1 });
    return { meta: sourceMeta(doc.path, doc.data, doc.text), models: [], regions: [], availability: [], offers: [], unplaced: [], tables: [] };
  }
}
