import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Resolves `target` (as written in `fromPath`, a content-relative path) to a
 * content-relative path, or `undefined` when it would leave the content root.
 * Symbolic links are followed before the check, so a link inside `content/`
 * cannot reach a file outside it.
 */
export function resolveInsideRoot(root: string, fromPath: string, target: string): string | undefined {
  const clean = decodeURIComponentSafe(target.split('#')[0]!.split('?')[0]!.trim());
  if (clean === '' || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('/')) return undefined;
  const absoluteRoot = path.resolve(root);
  const candidate = path.resolve(absoluteRoot, path.dirname(fromPath), clean);
  if (!isInside(absoluteRoot, candidate)) return undefined;
  let real = candidate;
  try {
    real = realpathSync(candidate);
    if (!isInside(realpathSync(absoluteRoot), real)) return undefined;
  } catch {
    // A missing file is judged by its lexical path; the caller reports it as missing.
  }
  return path.relative(absoluteRoot, candidate).split(path.sep).join('/');
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
