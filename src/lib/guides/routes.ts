import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { pathInSource, siteConfig, sourceOf } from '../config/site-sources.ts';
import { articlePath } from '../content/source-meta.ts';

/**
 * Where content documents live on the site: under their source's `route`
 * (site.config.json), mirroring their path in the source folder, so a route
 * stays stable as long as the upstream path does. With the default config:
 *
 * | content path                                                           | route                                                             |
 * | ---------------------------------------------------------------------- | ----------------------------------------------------------------- |
 * | `azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md` | `/guides/azure/ai-foundry/how-to/deploy-models-serverless/`       |
 * | `azure-ai-docs/articles/ai-studio/how-to/x.md` (newest version)        | `/guides/azure/ai-studio/how-to/x/`                               |
 * | `azure-ai-docs/articles/ai-studio/how-to/x@2024-05-21.md` (older)      | `/guides/azure/ai-studio/how-to/x/2024-05-21/`                    |
 * | `cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md`     | `/guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/` |
 * | `NOTICE.md` (a source's `pages`)                                       | `/about/sources/`                                                 |
 *
 * A folder's `index.md` or `index.yml` is the folder's page (`/cli/azure/`).
 */
const VERSION_DATE = /@(\d{4}-\d{2}-\d{2})\.md$/i;

/** The site route of a content path (a trailing-slash URL path), or `undefined` when no source publishes it. */
export function guideRoute(contentPath: string, config: ResolvedSiteConfig = siteConfig()): string | undefined {
  const source = sourceOf(contentPath, config);
  if (!source) return undefined;
  const relative = pathInSource(source, contentPath);
  const page = source.pages?.[relative];
  if (page) return page;
  const article = articlePath(relative)
    .replace(/\.(md|markdown|ya?ml)$/i, '')
    .replace(/(^|\/)index$/i, '');
  const version = VERSION_DATE.exec(contentPath)?.[1];
  return `${source.route}${article ? `${article}/` : ''}${version ? `${version}/` : ''}`;
}

/** The content collection id of a route: the route without its slashes (Starlight serves entry `a/b` at `/a/b/`). */
export function entryIdOf(route: string): string {
  return route.replace(/^\/|\/$/g, '');
}
