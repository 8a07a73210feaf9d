import { existsSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../config/site-sources.ts';
import { joinContentPath, upstreamMoves, upstreamUrl } from './source-meta.ts';
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

/**
 * The content page that a URL on a source's published site (`url` in the
 * site config) is built from, when that page is in the content folder:
 * `https://learn.microsoft.com/cli/azure/install-azure-cli` is
 * `install-azure-cli.md` of the source publishing to `…/cli/azure/`. Learn
 * treats paths case-insensitively, so the prefix is matched that way.
 */
export function pageAt(root: string, url: URL): string | undefined {
  for (const source of siteConfig().sources) {
    if (!source.url) continue;
    const base = new URL(source.url);
    const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    if (base.origin !== url.origin || !`${url.pathname}/`.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const rest = url.pathname.slice(prefix.length).replace(/\/$/, '');
    const names = rest === '' ? ['index.md', 'index.yml'] : [`${rest}.md`, `${rest}/index.md`, `${rest}.yml`, `${rest}/index.yml`];
    for (const name of names) {
      const contentPath = resolveInsideRoot(root, '', joinContentPath(source, name));
      if (contentPath && existsSync(path.join(root, contentPath))) return contentPath;
    }
  }
  return undefined;
}
