// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { searchMetaWeights } from './src/lib/search/search-title.ts';

/**
 * A sidebar link to a guide; guide entry ids are their routes without slashes (src/lib/guides/routes.ts).
 * @param {string} id
 */
const guide = (id) => ({ slug: id });

export default defineConfig({
  site: 'https://where-models-run.example',
  integrations: [
    starlight({
      title: 'Where models run',
      description: 'Where can I use this model? Region availability for cloud AI models, from the providers’ own documentation.',
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
        {
          label: 'Microsoft Foundry / Azure AI Studio',
          items: [
            guide('guides/azure/ai-foundry/how-to/deploy-models-serverless'),
            guide('guides/azure/ai-studio/how-to/deploy-models-serverless-availability'),
          ],
        },
        {
          label: 'Azure Machine Learning',
          items: [guide('guides/azure/machine-learning/how-to-deploy-models-serverless')],
        },
        {
          label: 'Vertex AI',
          items: [guide('guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations')],
        },
        {
          label: 'About',
          items: [guide('about/sources')],
        },
      ],
    }),
    // After Starlight: rebuilds its search index so `R+`-style words stay whole.
    pagefindIndex(),
  ],
});
