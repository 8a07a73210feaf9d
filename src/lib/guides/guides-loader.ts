import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { siteConfig } from '../config/site-sources.ts';
import { datasetFile, loadDataset } from '../site-data/load-dataset.ts';
import { buildGuideEntries, datasetIfBuilt, type GuideEntry } from './guide-entries.ts';
import { homeEntry, type PageEntry } from './home-page.ts';
import { siteNavigation } from './navigation/site-navigation.ts';

export interface GuidesLoaderOptions {
  /** The site config (default: the one `SITE_CONFIG` names, else `site.config.json`). */
  config?: ResolvedSiteConfig;
}

/**
 * The docs collection: every document of every configured source rendered
 * through our own pipeline (Astro's markdown engine does not run remark
 * plugins), plus the home page. Each entry stores its HTML and headings as
 * `rendered`, which Starlight shows with its table of contents, and its
 * diagnostics in `data.diagnostics` for /data-quality/. Diagnostics are also
 * logged in the extractor's format; none stops the build. In `astro dev` a
 * change below a source folder reloads the collection.
 */
export function guidesLoader(options: GuidesLoaderOptions = {}): Loader {
  return {
    name: 'where-models-run-guides',
    load: async (context) => {
      const config = options.config ?? siteConfig();
      await loadInto(context, config);
      const folders = config.sources.map((source) => source.absoluteDir);
      for (const folder of folders) context.watcher?.add(folder);
      context.watcher?.on('change', (file) => {
        if (folders.some((folder) => file.startsWith(folder + path.sep))) void loadInto(context, config);
      });
    },
  };
}

async function loadInto({ store, parseData, logger, generateDigest }: LoaderContext, config: ResolvedSiteConfig): Promise<void> {
  const dataset = datasetIfBuilt(datasetFile, loadDataset);
  if (!dataset) logger.warn(`No dataset at ${datasetFile} (run \`npm run extract\`): availability tables render as written`);
  const guides = await buildGuideEntries(dataset, config);
  // TOC problems belong to no guide: the home page's entry carries them to /data-quality/.
  const home = { ...homeEntry(dataset, guides, config), diagnostics: siteNavigation(config).diagnostics };
  const entries: (GuideEntry | PageEntry)[] = [...guides, home];
  const prefix = path.relative(process.cwd(), config.contentRoot).split(path.sep).join('/');
  for (const diagnostic of sortDiagnostics(entries.flatMap((entry) => entry.diagnostics))) {
    const line = formatDiagnostic(diagnostic, prefix ? `${prefix}/` : '');
    if (diagnostic.severity === 'info') logger.debug(line);
    else logger.warn(line);
  }
  store.clear();
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: entry.diagnostics.length > 0 ? { ...entry.data, diagnostics: entry.diagnostics } : { ...entry.data } });
    store.set({
      id: entry.id,
      data,
      digest: generateDigest(entry.html),
      rendered: { html: entry.html, metadata: { headings: entry.headings } },
    });
  }
}
