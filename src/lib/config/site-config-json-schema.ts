import { z } from 'zod';
import { siteConfigSchema } from './site-config-schema.ts';

/** The JSON Schema of `site.config.json`, published beside it as `site.config.schema.json` for editors. */
export function siteConfigJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(siteConfigSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://where-models-run.example/site.config.schema.json',
    title: 'Where models run: site config',
  };
}
