import type { APIRoute } from 'astro';
import { availabilityCsv } from '../../lib/matrix/availability-csv.ts';
import { loadDataset } from '../../lib/site-data/load-dataset.ts';

export const GET: APIRoute = () =>
  new Response(availabilityCsv(loadDataset()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
