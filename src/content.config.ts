import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { guidesLoader } from './lib/guides/guides-loader.ts';

/**
 * What a guide page carries besides Starlight's fields: the source's front
 * matter as written (Learn's `ms.*`, `titleSuffix`, `zone_pivot_groups`;
 * Google's `date_scraped`; any key is accepted) and where its text came from,
 * for the credit line.
 */
const guideFields = z.object({
  frontMatter: z.record(z.string(), z.unknown()).optional(),
  source: z
    .object({
      path: z.string(),
      url: z.string().optional(),
      date: z.string().optional(),
      publisher: z.string().optional(),
      product: z.string().optional(),
      license: z.string().optional(),
    })
    .optional(),
});

export const collections = {
  docs: defineCollection({ loader: guidesLoader(), schema: docsSchema({ extend: guideFields }) }),
};
