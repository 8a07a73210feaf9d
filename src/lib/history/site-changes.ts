import { loadSiteConfig } from '../config/load-site-config.ts';
import { loadDataset } from '../site-data/load-dataset.ts';
import { modelRoute, regionRoute } from '../site-data/page-routes.ts';
import { changesView, type ChangesView } from './changes-view.ts';
import { loadHistory } from './load-history.ts';
import { upstreamLinker } from './upstream-links.ts';

let cached: ChangesView | undefined;

/** The site's changes view, built once per build from the history, the dataset and the site config's repositories. */
export function siteChangesView(): ChangesView {
  if (cached) return cached;
  const history = loadHistory();
  const linker = upstreamLinker(loadSiteConfig().sources, history.commits);
  cached = changesView(history, loadDataset(), { model: modelRoute, region: regionRoute }, linker);
  return cached;
}
