import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/site-data/load-dataset.ts';

/** The whole dataset, as validated, for anyone who wants the facts without the site. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadDataset(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
