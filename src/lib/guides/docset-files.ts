import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Files that describe a Learn documentation set (`docfx.json`,
 * `.openpublishing.publish.config.json`) sit at the set's repository root,
 * often above the folder configured as the source (`docs-ref-conceptual/…`).
 * They are the set's own configuration, not files a document asks for, so
 * they may be read above the source folder, but never above the set: the
 * search goes up from the document's folder and stops at the first folder
 * that holds one of these marks (or `.git`), or at the source folder when
 * none is found above it.
 */
const SET_ROOT_MARKS = ['docfx.json', '.openpublishing.publish.config.json', '.git'];

/** The folders from the document's up to the set's root (see above), nearest first. */
export function foldersUp(sourceDir: string, documentPath: string): string[] {
  const source = path.resolve(sourceDir);
  const folders: string[] = [];
  let folder = path.dirname(path.resolve(source, documentPath));
  // Below the source folder: every folder; above it: only up to the set's root.
  for (;;) {
    folders.push(folder);
    if (SET_ROOT_MARKS.some((mark) => existsSync(path.join(folder, mark)))) return folders;
    const parent = path.dirname(folder);
    if (parent === folder) return folders.filter((f) => isInsideOrSame(source, f));
    folder = parent;
  }
}

/** The nearest file `name` in `foldersUp`, or `undefined`. */
export function findUp(sourceDir: string, documentPath: string, name: string): string | undefined {
  return foldersUp(sourceDir, documentPath)
    .map((folder) => path.join(folder, name))
    .find((file) => existsSync(file));
}

/** The set's root: the folder `foldersUp` stopped at (its last), where `~/` paths start. */
export function setRoot(sourceDir: string, documentPath: string): string {
  return foldersUp(sourceDir, documentPath).at(-1)!;
}

/** A dependent repository of the set (`.openpublishing.publish.config.json` `dependent_repositories`). */
export interface DependentRepository {
  /** Where the repository is checked out, relative to the set's root (`path_to_root`). */
  path: string;
  /** Its web address (`url`). */
  url: string;
  branch: string;
}

const cache = new Map<string, unknown>();

/** Reads a JSON file once per build; `undefined` when it cannot be read or parsed (the caller decides whether that matters). */
export function readJsonOnce(file: string): unknown {
  if (!cache.has(file)) {
    try {
      cache.set(file, JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      cache.set(file, undefined);
    }
  }
  return cache.get(file);
}

/** The dependent repositories named by the set's publish config, or none. */
export function dependentRepositoriesFor(sourceDir: string, documentPath: string): DependentRepository[] {
  const file = findUp(sourceDir, documentPath, '.openpublishing.publish.config.json');
  const config = file ? readJsonOnce(file) : undefined;
  const list = (config as { dependent_repositories?: unknown } | undefined)?.dependent_repositories;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: { path_to_root?: unknown; url?: unknown; branch?: unknown }) =>
    typeof entry?.path_to_root === 'string' && typeof entry.url === 'string'
      ? [{ path: entry.path_to_root.replace(/^\.?\/+|\/+$/g, ''), url: entry.url.replace(/\/+$/, '').replace(/\.git$/, ''), branch: typeof entry.branch === 'string' ? entry.branch : 'main' }]
      : [],
  );
}

function isInsideOrSame(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The set's versions (monikers), in the order its publish config lists them (`docsets_to_publish[].moniker_ranges`), or none. */
export function monikersFor(sourceDir: string, documentPath: string): string[] {
  const file = findUp(sourceDir, documentPath, '.openpublishing.publish.config.json');
  const config = (file ? readJsonOnce(file) : undefined) as { docsets_to_publish?: { moniker_ranges?: unknown }[] } | undefined;
  const ranges = (config?.docsets_to_publish ?? []).flatMap((docset) => (Array.isArray(docset?.moniker_ranges) ? docset.moniker_ranges : []));
  return [...new Set(ranges.filter((range): range is string => typeof range === 'string' && /^[a-z0-9][a-z0-9._-]*$/i.test(range.trim())).map((range) => range.trim()))];
}
