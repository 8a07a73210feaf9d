import { z } from 'zod';
import { diagnosticSchema } from '../diagnostics/diagnostic.ts';

/** What the site shows about where a page's text came from (footer credit, byline). */
export const guideSourceSchema = z.object({
  /** Content-relative path. */
  path: z.string(),
  /** The page upstream. */
  url: z.string().optional(),
  /** The file in its upstream repository (`…/blob/main/articles/x.md`), for editors. */
  repositoryUrl: z.string().optional(),
  /** `YYYY-MM-DD`, the date the source carries. */
  date: z.string().optional(),
  publisher: z.string().optional(),
  product: z.string().optional(),
  license: z.string().optional(),
});
export type GuideSource = z.infer<typeof guideSourceSchema>;

/**
 * What a guide page carries besides Starlight's fields: the source's front
 * matter as written (Learn's `ms.*`, `titleSuffix`, `zone_pivot_groups`;
 * Google's `date_scraped`; any key is accepted), where its text came from,
 * for the credit line, and the problems found while rendering it, for
 * /data-quality/.
 */
export const guideFieldsSchema = z.object({
  frontMatter: z.record(z.string(), z.unknown()).optional(),
  source: guideSourceSchema.optional(),
  diagnostics: z.array(diagnosticSchema).optional(),
});
export type GuideFields = z.infer<typeof guideFieldsSchema>;
