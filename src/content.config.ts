import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { guideFieldsSchema } from './lib/guides/guide-data-schema.ts';
import { guidesLoader } from './lib/guides/guides-loader.ts';

export const collections = {
  docs: defineCollection({ loader: guidesLoader(), schema: docsSchema({ extend: guideFieldsSchema }) }),
};
