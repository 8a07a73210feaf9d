// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://where-models-run.example',
  integrations: [
    starlight({
      title: 'Where models run',
      description: 'Where can I use this model? Region availability for cloud AI models, from the providers’ own documentation.',
    }),
  ],
});
