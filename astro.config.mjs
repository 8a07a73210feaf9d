// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { siteConfig } from './src/lib/config/site-sources.ts';
import { starlightSidebar } from './src/lib/guides/navigation/site-navigation.ts';
import { searchMetaWeights } from './src/lib/search/search-title.ts';

const config = siteConfig();

export default defineConfig({
  site: config.site,
  integrations: [
    starlight({
      title: config.title,
      description: config.description,
      customCss: ['./src/styles/learn.css', './src/styles/search.css'],
      // Pages rank by their search title, not the title a result shows: see search-title.ts.
      pagefind: { ranking: { metaWeights: searchMetaWeights } },
      components: {
        Head: './src/components/Head.astro',
        Footer: './src/components/Footer.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        PageTitle: './src/components/PageTitle.astro',
      },
      sidebar: [
        {
          label: 'Availability',
          items: [
            { label: 'Availability matrix', link: '/availability/' },
            { label: 'Data quality', link: '/data-quality/' },
          ],
        },
        // One group per source: its TOC.yml, else its folder tree (src/lib/guides/navigation/).
        ...starlightSidebar(),
      ],
    }),
    // After Starlight: rebuilds its search index so `R+`-style words stay whole.
    pagefindIndex(),
  ],
});
