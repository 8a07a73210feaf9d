import { z } from 'zod';

/** A route prefix or page route: starts and ends with `/` (`/guides/azure/`). */
const routeSchema = z
  .string()
  .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'a route starts and ends with `/`, e.g. `/guides/azure/`');

const urlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

const sidebarSchema = z
  .object({
    label: z.string().min(1).optional().describe('The sidebar group’s label (default: the source’s `product`, else its `publisher`).'),
    toc: z
      .string()
      .min(1)
      .optional()
      .describe('A Learn TOC file, relative to `dir` (default: `TOC.yml` or `toc.yml` in `dir` when there is one; else the folder tree).'),
    collapsed: z.boolean().optional().describe('Whether the group starts collapsed (default: `false`).'),
  })
  .strict();

export const siteSourceSchema = z
  .object({
    dir: z.string().min(1).describe('The content folder, relative to the config file or absolute. Documents never read files outside it.'),
    route: routeSchema.describe('The route prefix its pages are published under, e.g. `/guides/azure/`.'),
    files: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Globs of the documents to read, relative to `dir` (default: every `.md` file and every YAML landing page).'),
    exclude: z.array(z.string().min(1)).optional().describe('Globs relative to `dir` left out (default: none; files other documents include are never pages).'),
    pages: z
      .record(z.string().min(1), routeSchema)
      .optional()
      .describe('Routes for single documents that are not published under `route` + their path, by path relative to `dir`.'),
    provider: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe('The cloud provider whose availability the source documents (a region registry `src/data/regions/<provider>.json`); when absent, each table’s own regions decide.'),
    publisher: z.string().min(1).describe('Who publishes the documentation, for credit lines (`Microsoft Learn`).'),
    product: z.string().min(1).optional().describe('The product the source documents (`Vertex AI`); a page’s own `titleSuffix` wins.'),
    url: urlSchema
      .optional()
      .describe('The upstream URL that `dir` is published at: a document’s page is this URL + its path without `.md` (absent: the pages are the site’s own).'),
    repository: urlSchema.optional().describe('The git repository the source comes from (`https://github.com/MicrosoftDocs/azure-ai-docs`), for links to source files and commits.'),
    repositoryPath: z.string().optional().describe('Where `dir` sits inside `repository` (`articles`; default: its root).'),
    branch: z.string().min(1).optional().describe('The branch source links point to (default: `main`).'),
    license: z.string().min(1).describe('The licence of the documentation text (`CC BY 4.0`).'),
    codeLicense: z.string().min(1).optional().describe('The licence of code samples in it, when it differs (`MIT`).'),
    moves: z
      .array(z.object({ from: z.string().min(1), to: z.string().min(1) }).strict())
      .optional()
      .describe('Folders the upstream repository renamed, relative to `dir`: a link into one side resolves to the page on the other.'),
    sidebar: sidebarSchema.optional().describe('How the source appears in the sidebar.'),
  })
  .strict();

export const siteConfigSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1).describe('The site’s title.'),
    description: z.string().min(1).describe('The site’s description, for search engines and the home page.'),
    site: urlSchema.optional().describe('Where the site is deployed (absolute links, the feed).'),
    sources: z.array(siteSourceSchema).min(1).describe('The documentation sets the site is built from.'),
  })
  .strict()
  .superRefine((config, ctx) => {
    const routes = new Map<string, number>();
    config.sources.forEach((source, index) => {
      const other = routes.get(source.route);
      if (other !== undefined && !source.pages && !config.sources[other]!.pages) {
        ctx.addIssue({ code: 'custom', path: ['sources', index, 'route'], message: `route \`${source.route}\` is already the route of sources[${other}]` });
      }
      routes.set(source.route, index);
    });
  });

/** The config as written (defaults not applied). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteSource = z.output<typeof siteSourceSchema>;
