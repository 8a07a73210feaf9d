import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { report, type Place } from '../diagnostics/diagnostic.ts';
import { splitFrontMatter, type SplitDocument } from './front-matter.ts';
import { resolveInsideRoot } from './path-guard.ts';

/**
 * Resolves an include's target, written in `source`, to a content-relative
 * path; one that would leave the content folder is reported
 * (`include-outside-content`) and gives `undefined`. Block and inline
 * includes share it, so both refuse and word the refusal alike.
 */
export function resolveInclude(root: string, source: string, target: string, file: VFile, place: Place): string | undefined {
  const resolved = resolveInsideRoot(root, source, target);
  if (resolved === undefined) report(file, 'error', 'include-outside-content', `Include \`${target}\` points outside the content folder; not read`, place);
  return resolved;
}

/**
 * Reads a content-relative file's text, or gives `undefined` when there is no
 * such file. The history reads files from git objects this way, not from disk.
 */
export type ReadContentFile = (resolved: string) => string | undefined;

/** Reads below `root` on disk. */
export function readFromFolder(root: string): ReadContentFile {
  return (resolved) => {
    try {
      return readFileSync(path.join(root, resolved), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/**
 * Reads a resolved include with its front matter split off; a missing file is
 * reported (`include-missing`) and gives `undefined`. `read` (default: the
 * file below `root` on disk) says where files come from.
 */
export function readInclude(root: string, resolved: string, target: string, file: VFile, place: Place, read: ReadContentFile = readFromFolder(root)): SplitDocument | undefined {
  const text = read(resolved);
  if (text === undefined) {
    report(file, 'warning', 'include-missing', `Included file not found: \`${target}\` (${resolved})`, place);
    return undefined;
  }
  return splitFrontMatter(text, file, resolved);
}
