import path from 'node:path';
import { parseDocument } from '../content/load-document.ts';
import { extractOne } from '../facts/extract-dataset.ts';
import { BlobReader, diffCommits, listCommits, listTree, openRepository, type CommitInfo } from './git-repository.ts';
import { HistoryError } from './history-error.ts';
import { HistoryRecorder, type DocumentState, type Step } from './history-recorder.ts';
import type { History } from './history-schema.ts';

export interface GitHistoryOptions {
  /** The repository's folder (a work tree or a bare repository). */
  repo: string;
  /** The folder inside the repository to read (default: its root). */
  path?: string;
  /** Only commits whose author date is on or after this `YYYY-MM-DD`; the state before is the starting point, not events. */
  since?: string;
  /** The content folder the path stands for (`azure-ai-docs/articles`), so document paths match the dataset's (default: `''`). */
  contentDir?: string;
  /** The repository's web address, recorded for links. */
  repository?: string;
  /** Called after each commit read. */
  onProgress?: (progress: HistoryProgress) => void;
}

export interface HistoryProgress {
  commits: number;
  total: number;
  /** Documents extracted so far. */
  documents: number;
  elapsedMs: number;
}

const MARKDOWN = /\.(md|markdown)$/i;
/** Reused results kept at most, oldest dropped first. */
const CACHE_LIMIT = 20_000;

interface Cached extends DocumentState {
  /** The blob (or `undefined`: absent) of every path it read, when it was read. */
  deps: Map<string, string | undefined>;
}

/**
 * Walks the first-parent history of a repository with the git executable,
 * never checking a commit out: one `rev-list`, one `diff-tree --stdin`, one
 * `cat-file --batch` for every blob. At each commit only the documents whose
 * blob, or the blob of a file they include, changed are extracted again;
 * the rest are reused, and a document back at a blob already read (with the
 * same includes) is reused by blob id.
 */
export async function walkGitHistory(options: GitHistoryOptions): Promise<History> {
  const started = Date.now();
  const repo = path.resolve(options.repo);
  openRepository(repo);
  const under = (options.path ?? '').replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
  const contentDir = (options.contentDir ?? '').replace(/^\/+|\/+$/g, '');
  const toContent = (repoPath: string) => {
    const below = under ? repoPath.slice(under.length + 1) : repoPath;
    return contentDir ? `${contentDir}/${below}` : below;
  };
  const all = listCommits(repo);
  let start = options.since ? all.findIndex((commit) => commit.date >= options.since!) : 0;
  if (start === -1) start = all.length;
  const baseline = start > 0 ? all[start - 1] : undefined;
  const walked = all.slice(start);
  const diffs = diffCommits(repo, walked, under);

  // Include targets resolve against this folder lexically; nothing is read from it.
  const root = path.join(repo, '.git', 'history-tree');
  const tree = new Map<string, string>();
  const contents = new Map<string, string>();
  const uses = new Map<string, number>();
  const dependents = new Map<string, Set<string>>();
  const cache = new Map<string, Cached[]>();
  const recorder = new HistoryRecorder();
  const reader = new BlobReader(repo);
  let documents = 0;

  const setBlob = (file: string, blob: string | undefined) => {
    const old = tree.get(file);
    if (old !== undefined) {
      const left = (uses.get(old) ?? 1) - 1;
      if (left > 0) uses.set(old, left);
      else {
        uses.delete(old);
        contents.delete(old);
      }
    }
    if (blob === undefined) tree.delete(file);
    else {
      tree.set(file, blob);
      uses.set(blob, (uses.get(blob) ?? 0) + 1);
    }
  };
  const fetch = async (commit: CommitInfo, blobs: Map<string, string>) => {
    const wanted = [...new Set([...blobs.values()].filter((blob) => !contents.has(blob)))];
    const read = await reader.read(wanted);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const pathOf = new Map([...blobs].map(([file, blob]) => [blob, file]));
    wanted.forEach((blob, index) => {
      try {
        contents.set(blob, decoder.decode(read[index]));
      } catch {
        throw new HistoryError(`At ${commit.commit.slice(0, 12)} (${commit.date}): ${pathOf.get(blob)} is not UTF-8 text; it cannot be parsed`);
      }
    });
  };
  const extractAt = (commit: CommitInfo, file: string): { state: Cached; fresh: boolean } => {
    const blob = tree.get(file)!;
    const key = `${file}\u0000${blob}`;
    const reuse = cache.get(key)?.find((cached) => [...cached.deps].every(([dep, depBlob]) => tree.get(dep) === depBlob));
    if (reuse) return { state: reuse, fresh: false };
    const reads = new Set<string>();
    const doc = parseDocument(root, file, contents.get(blob)!, (resolved) => {
      reads.add(resolved);
      const included = tree.get(resolved);
      return included === undefined ? undefined : contents.get(included);
    });
    const result = extractOne(doc);
    const failed = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error' && diagnostic.rule === 'extract-failed');
    if (failed) throw new HistoryError(`At ${commit.commit.slice(0, 12)} (${commit.date}): ${file} does not parse: ${failed.message}`);
    const state: Cached = { result, reads, deps: new Map([...reads].map((dep) => [dep, tree.get(dep)])) };
    const list = cache.get(key) ?? [];
    list.unshift(state);
    list.length = Math.min(list.length, 4);
    cache.delete(key);
    cache.set(key, list);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return { state, fresh: true };
  };
  const track = (file: string, before: DocumentState | undefined, after: DocumentState | null) => {
    for (const dep of before?.reads ?? []) dependents.get(dep)?.delete(file);
    for (const dep of after?.reads ?? []) {
      const set = dependents.get(dep) ?? new Set();
      set.add(file);
      dependents.set(dep, set);
    }
  };
  const step = (commit: CommitInfo): Step => ({ commit: commit.commit, parent: commit.parent, date: commit.date, subject: commit.subject });

  try {
    if (baseline) {
      const blobs = new Map<string, string>();
      for (const [repoPath, blob] of listTree(repo, baseline.commit, under)) if (MARKDOWN.test(repoPath)) blobs.set(toContent(repoPath), blob);
      for (const [file, blob] of blobs) setBlob(file, blob);
      await fetch(baseline, blobs);
      const changed = new Map<string, DocumentState | null>();
      for (const file of [...blobs.keys()].sort()) {
        const { state } = extractAt(baseline, file);
        track(file, undefined, state);
        changed.set(file, state);
      }
      documents += changed.size;
      recorder.apply(step(baseline), changed, { reread: changed.size, quiet: true });
    }
    for (const [index, commit] of walked.entries()) {
      const changes = (diffs.get(commit.commit) ?? []).filter((change) => MARKDOWN.test(change.path));
      if (changes.length > 0) {
        const touched = new Set<string>();
        const added = new Map<string, string>();
        for (const change of changes) {
          const file = toContent(change.path);
          touched.add(file);
          if (change.status === 'D') setBlob(file, undefined);
          else {
            setBlob(file, change.blob);
            added.set(file, change.blob);
          }
        }
        await fetch(commit, added);
        const toRead = new Set<string>();
        for (const file of touched) {
          if (tree.has(file)) toRead.add(file);
          for (const dependent of dependents.get(file) ?? []) if (tree.has(dependent)) toRead.add(dependent);
        }
        const changed = new Map<string, DocumentState | null>();
        let reread = 0;
        for (const file of [...toRead].sort()) {
          const { state, fresh } = extractAt(commit, file);
          if (fresh) reread++;
          track(file, recorder.documents.get(file), state);
          changed.set(file, state);
        }
        for (const file of touched) {
          if (!tree.has(file) && recorder.documents.has(file)) {
            track(file, recorder.documents.get(file), null);
            changed.set(file, null);
          }
        }
        documents += reread;
        recorder.apply(step(commit), changed, { reread });
      }
      options.onProgress?.({ commits: index + 1, total: walked.length, documents, elapsedMs: Date.now() - started });
    }
  } finally {
    reader.close();
  }
  const origin: History['origin'] = { path: under, contentDir };
  if (options.repository) origin.repository = options.repository;
  return recorder.finish(origin, 'git');
}
