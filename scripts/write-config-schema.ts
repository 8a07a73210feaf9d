/** Writes site.config.schema.json from the zod schema (`npm run config:schema`). */
import { writeFileSync } from 'node:fs';
import { siteConfigJsonSchema } from '../src/lib/config/site-config-json-schema.ts';

writeFileSync('site.config.schema.json', JSON.stringify(siteConfigJsonSchema(), null, 2) + '\n');
