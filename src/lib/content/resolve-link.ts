import { existsSync } from 'node:fs';
import path from 'node:path';
import { upstreamMoves, upstreamUrl } from './source-meta.ts';
import { resolveInsideRoot } from './path-guard.ts';

export type ResolvedLink =
  | { kind: 'page'; path: string; hash?: string }
  | { kind: 'upstream'; url: string; path: string }
  | { kind: 'unresolved'; path?: string };

/**
 * Resolves a relative `.md` link written in `fromPath` to a page in the
 * content folder (following the upstream folder moves both ways), or else to
 * the page upstream. Absolute URLs and in-page anchors are not this
 * function's business: the caller leaves them alone.
 */
export function resolveLink(root: string, fromPath: string, href: string): ResolvedLink {
  const [target = '', hash] = href.split('#');
  const resolved = resolveInsideRoot(root, fromPath, target);
  if (resolved === undefined) return { kind: 'unresolved' };
  for (const candidate of movedVariants(resolved)) {
    if (existsSync(path.join(root, candidate))) return hash ? { kind: 'page', path: candidate, hash } : { kind: 'page', path: candidate };
  }
  const url = upstreamUrl(resolved);
  if (url) return { kind: 'upstream', url: hash ? `${url}#${hash}` : url, path: resolved };
  return { kind: 'unresolved', path: resolved };
}

function movedVariants(contentPath: string): string[] {
  const variants = [contentPath];
  for (const move of upstreamMoves()) {
    if (contentPath.startsWith(move.from)) variants.push(move.to + contentPath.slice(move.from.length));
    if (contentPath.startsWith(move.to)) variants.push(move.from + contentPath.slice(move.to.length));
  }
  return variants;
}
