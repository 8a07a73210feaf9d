import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { HistoryError } from './history-error.ts';

/** A commit on the first-parent line. */
export interface CommitInfo {
  commit: string;
  /** The first parent; `null` for a root commit. */
  parent: string | null;
  /** Author date, `YYYY-MM-DD` as the author's clock read it. */
  date: string;
  subject: string;
}

/** A file changed by a commit against its first parent. */
export interface FileChange {
  /** `A` added, `M` modified, `D` deleted, `T` type changed. */
  status: string;
  /** The new blob id (all zeros when deleted). */
  blob: string;
  /** Path in the repository. */
  path: string;
}

const MAX_BUFFER = 1 << 30;

function git(repo: string, args: readonly string[], input?: string): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: MAX_BUFFER, input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Checks that `repo` is a git repository with its whole history: not a
 * repository, no commits or a shallow clone is a `HistoryError`.
 */
export function openRepository(repo: string): void {
  try {
    git(repo, ['rev-parse', '--git-dir']);
  } catch {
    throw new HistoryError(`${repo} is not a git repository (git rev-parse found none)`);
  }
  if (git(repo, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    throw new HistoryError(`${repo} is a shallow clone: its history is cut off, so first-seen dates would be wrong. Fetch the whole history (git fetch --unshallow) and run again`);
  }
  try {
    git(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  } catch {
    throw new HistoryError(`${repo} has no commits`);
  }
}

/** The first-parent line from the root to `HEAD`, oldest first. */
export function listCommits(repo: string, revision = 'HEAD'): CommitInfo[] {
  const out = git(repo, ['rev-list', '--first-parent', '--reverse', '--format=%x00%H%x00%P%x00%aI%x00%s', revision]);
  const commits: CommitInfo[] = [];
  // Each commit is a `commit <id>` line, then its fields on a line of their own that starts with NUL.
  for (const record of out.split('\n')) {
    if (!record.startsWith('\u0000')) continue;
    const [commit = '', parents = '', date = '', subject = ''] = record.slice(1).split('\u0000');
    commits.push({ commit, parent: parents.split(' ')[0] || null, date: date.slice(0, 10), subject });
  }
  return commits;
}

/**
 * Each commit's changes against its first parent below `under`, in one
 * `git diff-tree --stdin` run (renames are not followed: a moved file is a
 * file gone and a file added).
 */
export function diffCommits(repo: string, commits: readonly CommitInfo[], under: string): Map<string, FileChange[]> {
  const changes = new Map<string, FileChange[]>();
  if (commits.length === 0) return changes;
  const input = commits.map((c) => (c.parent ? `${c.commit} ${c.parent}` : c.commit)).join('\n') + '\n';
  const out = git(repo, ['diff-tree', '--stdin', '-r', '-z', '--no-renames', '--root', ...pathspec(under)], input);
  const fields = out.split('\u0000');
  let current: FileChange[] | undefined;
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!;
    if (field.startsWith(':')) {
      const [, , , blob = '', status = ''] = field.slice(1).split(' ');
      current!.push({ status: status[0]!, blob, path: fields[++index]! });
    } else if (/^[0-9a-f]{40,64}$/.test(field.trim())) {
      current = [];
      changes.set(field.trim(), current);
    }
  }
  return changes;
}

/** The blobs of a commit's tree below `under`, by path. */
export function listTree(repo: string, commit: string, under: string): Map<string, string> {
  const out = git(repo, ['ls-tree', '-r', '-z', '--full-tree', commit, ...pathspec(under)]);
  const tree = new Map<string, string>();
  for (const entry of out.split('\u0000')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [, type, blob] = entry.slice(0, tab).split(' ');
    if (type === 'blob') tree.set(entry.slice(tab + 1), blob!);
  }
  return tree;
}

function pathspec(under: string): string[] {
  return under ? ['--', under] : [];
}

/**
 * Reads blobs through one long-running `git cat-file --batch`: ids go in,
 * contents come back in order, so a whole history costs one process.
 */
export class BlobReader {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiting: { resolve: (content: Buffer) => void; reject: (error: Error) => void; id: string }[] = [];
  private failure: Error | undefined;

  constructor(repo: string) {
    this.process = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    this.process.on('error', (error) => this.fail(error));
    this.process.on('exit', (code) => {
      if (this.waiting.length > 0) this.fail(new Error(`git cat-file exited (${code}) with ${this.waiting.length} blobs unread`));
    });
  }

  /** The contents of `ids`, in order. */
  read(ids: readonly string[]): Promise<Buffer[]> {
    if (this.failure) return Promise.reject(this.failure);
    const promises = ids.map((id) => new Promise<Buffer>((resolve, reject) => this.waiting.push({ resolve, reject, id })));
    if (ids.length > 0) this.process.stdin.write(ids.join('\n') + '\n');
    return Promise.all(promises);
  }

  close(): void {
    this.process.stdin.end();
  }

  private drain(): void {
    while (this.waiting.length > 0) {
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      const [id, type, size] = header.split(' ');
      if (type === 'missing' || size === undefined) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.waiting.shift()!.reject(new HistoryError(`Blob ${id} is missing from the repository`));
        continue;
      }
      const length = Number(size);
      if (this.buffer.length < newline + 1 + length + 1) return;
      const content = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + length));
      this.buffer = this.buffer.subarray(newline + 1 + length + 1);
      this.waiting.shift()!.resolve(content);
    }
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }
}
