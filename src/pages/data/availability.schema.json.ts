import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../lib/facts/dataset-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
