import type { APIRoute } from 'astro';
import { landOutlineSvg } from '../../lib/maps/land-outline.ts';

/** The land outline, built once for the whole site: every map references it instead of repeating it. */
export const GET: APIRoute = () => new Response(landOutlineSvg(), { headers: { 'content-type': 'image/svg+xml' } });
