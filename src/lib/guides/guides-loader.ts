import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import { datasetFile, loadDataset } from '../site-data/load-dataset.ts';
import { buildGuideEntries, datasetIfBuilt, type GuideEntry } from './guide-entries.ts';
import { homeEntry, type PageEntry } from './home-page.ts';

export interface GuidesLoaderOptions {
  /** The content folder (default: `content`). */
  root?: string;
}

/**
 * The docs collection: every content document rendered through our own
 * pipeline (Astro's markdown engine does not run remark plugins), plus the
 * home page. Each entry stores its HTML and headings as `rendered`, which
 * Starlight shows with its table of contents. Diagnostics are logged in the
 * extractor's format; none stops the build. In `astro dev` a change below the
 * content folder reloads the collection.
 */
export function guidesLoader(options: GuidesLoaderOptions = {}): Loader {
  const root = options.root ?? 'content';
  return {
    name: 'where-models-run-guides',
    load: async (context) => {
      await loadInto(context, root);
      const folder = path.resolve(root);
      context.watcher?.add(folder);
      context.watcher?.on('change', (file) => {
        if (file.startsWith(folder + path.sep)) void loadInto(context, root);
      });
    },
  };
}

async function loadInto({ store, parseData, logger, generateDigest }: LoaderContext, root: string): Promise<void> {
  const dataset = datasetIfBuilt(datasetFile, loadDataset);
  if (!dataset) logger.warn(`No dataset at ${datasetFile} (run \`npm run extract\`): availability tables render as written`);
  const guides = await buildGuideEntries(root, dataset);
  const entries: (GuideEntry | PageEntry)[] = [...guides, homeEntry(dataset, guides)];
  for (const diagnostic of sortDiagnostics(entries.flatMap((entry) => entry.diagnostics))) {
    const line = formatDiagnostic(diagnostic, `${root}/`);
    if (diagnostic.severity === 'info') logger.debug(line);
    else logger.warn(line);
  }
  store.clear();
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: { ...entry.data } });
    store.set({
      id: entry.id,
      data,
      digest: generateDigest(entry.html),
      rendered: { html: entry.html, metadata: { headings: entry.headings } },
    });
  }
}
