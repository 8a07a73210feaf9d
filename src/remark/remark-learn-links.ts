import type { Definition, Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pageAt, resolveLink } from '../lib/content/resolve-link.ts';
import { siteOf } from '../lib/content/source-meta.ts';
import { report } from '../lib/diagnostics/diagnostic.ts';
import { placeOf, type Locate } from './locate.ts';

export interface LinksOptions {
  /** The content folder links are resolved in. */
  root: string;
  /** The site route of a content path, or `undefined` when the site has no page for it. */
  route: (contentPath: string) => string | undefined;
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Points links written for Learn's site at pages of this one.
 *
 * - `deploy-models-serverless.md#anchor` (relative, to a page in the content
 *   folder) goes to that page's route, query and anchor kept:
 *   `/guides/azure/ai-foundry/how-to/deploy-models-serverless/#anchor`.
 * - A relative link to a page outside the content folder goes to the page
 *   upstream (`https://learn.microsoft.com/azure/ai-foundry/…`) and is
 *   reported as external (info).
 * - A site-absolute link (`/cli/azure/install-azure-cli`) goes to this
 *   site's page when a source publishes that URL and the page is here, else
 *   to the source's site upstream.
 * - A link that resolves nowhere becomes its text (warning), so no link on
 *   the site leads to a missing page.
 *
 * Absolute URLs and in-page anchors are left as written.
 */
const remarkLearnLinks: Plugin<[LinksOptions], Root> = (options) => {
  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'link' && node.type !== 'definition') return undefined;
      const target = rewrite(node, file, options);
      if (target !== undefined) {
        node.url = target;
        return undefined;
      }
      if (node.type === 'link' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
  };
};

export default remarkLearnLinks;

/** The URL to use, or `undefined` when the link resolves nowhere (diagnosed). */
function rewrite(node: Link | Definition, file: VFile, options: LinksOptions): string | undefined {
  const url = node.url.trim();
  if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return node.url;
  const place = placeOf(node.position?.start, options.locate, file.path);
  const source = place.source ?? file.path;
  if (url.startsWith('/')) {
    const site = siteOf(source);
    if (site) {
      const absolute = new URL(url, site.url);
      const page = pageAt(options.root, absolute);
      const route = page === undefined ? undefined : options.route(page);
      return route === undefined ? absolute.href : route + absolute.search + absolute.hash;
    }
    report(file, 'warning', 'link-unresolved', `Site-absolute link \`${url}\` has no known site to resolve against; shown as text`, place);
    return undefined;
  }
  const [beforeHash = '', hash] = url.split('#');
  const [pathPart = '', query] = beforeHash.split('?');
  const resolved = resolveLink(options.root, source, hash ? `${pathPart}#${hash}` : pathPart);
  const suffix = (query ? `?${query}` : '') + (resolved.kind === 'page' && resolved.hash ? `#${resolved.hash}` : '');
  if (resolved.kind === 'page') {
    const route = options.route(resolved.path);
    if (route) return route + suffix;
    report(file, 'warning', 'link-unresolved', `Link \`${url}\` points at \`${resolved.path}\`, which has no page on this site; shown as text`, place);
    return undefined;
  }
  if (resolved.kind === 'upstream') {
    report(file, 'info', 'link-external', `Link \`${url}\` points outside the content folder (${resolved.path}); linked to ${resolved.url}`, place);
    return resolved.url;
  }
  report(file, 'warning', 'link-unresolved', `Link \`${url}\` resolves to no page here or upstream; shown as text`, place);
  return undefined;
}
