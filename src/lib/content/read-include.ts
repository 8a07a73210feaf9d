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
 * Reads a resolved include with its front matter split off; a missing file is
 * reported (`include-missing`) and gives `undefined`.
 */
export function readInclude(root: string, resolved: string, target: string, file: VFile, place: Place): SplitDocument | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(root, resolved), 'utf8');
  } catch {
    report(file, 'warning', 'include-missing', `Included file not found: \`${target}\` (${resolved})`, place);
    return undefined;
  }
  return splitFrontMatter(text, file, resolved);
}
