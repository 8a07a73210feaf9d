import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../lib/config/load-site-config.ts';
import { changesFeed } from '../lib/history/changes-feed.ts';
import { siteChangesView } from '../lib/history/site-changes.ts';
import { changesFeedRoute, changesRoute } from '../lib/site-data/page-routes.ts';

/** The Atom feed of the availability changes, one entry per date. */
export const GET: APIRoute = ({ site }) => {
  const config = loadSiteConfig();
  const body = changesFeed(siteChangesView(), { site: (config.site ?? site?.href ?? 'https://example.invalid').toString(), title: config.title, changesRoute, feedRoute: changesFeedRoute });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
