import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { expandIncludes, type ExpandOptions, type LineOrigin } from './expand-includes.ts';
import { splitFrontMatter, type FrontMatter } from './front-matter.ts';

export interface LoadedDocument {
  /** Content-relative path, `/`-separated. */
  path: string;
  /** The file as it is on disk. */
  raw: string;
  data: FrontMatter;
  /** Body with front matter blanked and block includes expanded. */
  text: string;
  origins: LineOrigin[];
  /** Collects this document's diagnostics (its `path` is the content-relative path). */
  file: VFile;
}

/** Reads one document below `root`: front matter, then include expansion. */
export function loadDocument(root: string, relativePath: string): LoadedDocument {
  const raw = readFileSync(path.join(root, relativePath), 'utf8');
  return parseDocument(root, relativePath, raw);
}

/**
 * Like `loadDocument`, for text already read (tests, benchmarks, the history
 * reading git objects, whose includes come through `read`).
 */
export function parseDocument(root: string, relativePath: string, raw: string, read?: ExpandOptions['read']): LoadedDocument {
  const file = new VFile({ path: relativePath, value: raw });
  const { data, body } = splitFrontMatter(raw, file);
  const { text, origins } = expandIncludes(body, relativePath, file, read ? { root, read } : { root });
  return { path: relativePath, raw, data, text, origins, file };
}

/**
 * Maps a position in a document's expanded text back to the file and line it
 * was written on.
 */
export function locate(doc: Pick<LoadedDocument, 'origins' | 'path'>, line: number, column = 1): { source: string; line: number; column: number } {
  const origin = doc.origins[line - 1];
  if (!origin) return { source: doc.path, line, column };
  return { source: origin.source, line: origin.line, column: Math.max(1, column - origin.indent) };
}
