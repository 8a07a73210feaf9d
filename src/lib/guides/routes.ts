import { articlePath } from '../content/source-meta.ts';

/**
 * Where content documents live on the site. A guide's route mirrors its path
 * upstream, so it stays stable as long as the upstream path does:
 *
 * | content path                                                           | route                                                             |
 * | ---------------------------------------------------------------------- | ----------------------------------------------------------------- |
 * | `azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md` | `/guides/azure/ai-foundry/how-to/deploy-models-serverless/`       |
 * | `azure-ai-docs/articles/ai-studio/how-to/x.md` (newest version)        | `/guides/azure/ai-studio/how-to/x/`                               |
 * | `azure-ai-docs/articles/ai-studio/how-to/x@2024-05-21.md` (older)      | `/guides/azure/ai-studio/how-to/x/2024-05-21/`                    |
 * | `cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md`     | `/guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/` |
 * | `NOTICE.md`                                                            | `/about/sources/`                                                 |
 */
const GUIDE_FOLDERS: readonly { prefix: string; route: string }[] = [
  { prefix: 'azure-ai-docs/articles/', route: '/guides/azure/' },
  { prefix: 'cloud.google.com/', route: '/guides/google-cloud/' },
];

const PAGES: Readonly<Record<string, string>> = {
  'NOTICE.md': '/about/sources/',
};

const VERSION_DATE = /@(\d{4}-\d{2}-\d{2})\.md$/i;

/** The site route of a content path (a trailing-slash URL path), or `undefined` when it has none. */
export function guideRoute(contentPath: string): string | undefined {
  const page = PAGES[contentPath];
  if (page) return page;
  const folder = GUIDE_FOLDERS.find((f) => contentPath.startsWith(f.prefix));
  if (!folder) return undefined;
  const article = articlePath(contentPath).slice(folder.prefix.length).replace(/\.(md|markdown)$/i, '');
  const version = VERSION_DATE.exec(contentPath)?.[1];
  return `${folder.route}${article}/${version ? `${version}/` : ''}`;
}

/** The content collection id of a route: the route without its slashes (Starlight serves entry `a/b` at `/a/b/`). */
export function entryIdOf(route: string): string {
  return route.replace(/^\/|\/$/g, '');
}
