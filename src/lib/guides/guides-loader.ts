import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import { datasetFile, loadDataset } from '../site-data/load-dataset.ts';
import { writeDatasetIfChanged } from '../site-data/write-site-dataset.ts';
import { buildGuides, type GuideEntry } from './guide-entries.ts';
import { homeEntry, type PageEntry } from './home-page.ts';

export interface GuidesLoaderOptions {
  /** The content folder (default: `content`). */
  root?: string;
}

/**
 * The docs collection: every content document read once, by the extractor
 * and the guide renderer together (Astro's markdown engine does not run
 * remark plugins), plus the home page. Each entry stores its HTML and
 * headings as `rendered`, which Starlight shows with its table of contents.
 * The dataset those readings give is written where the pages read it (unless
 * `DATASET_FILE` points the pages at another one). Diagnostics are logged in
 * the extractor's format; none stops the build. In `astro dev` a change below
 * the content folder reloads the collection.
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
  const { dataset, entries: guides } = await buildGuides(root);
  const shown = siteDataset(dataset);
  const entries: (GuideEntry | PageEntry)[] = [...guides, homeEntry(shown, guides)];
  for (const diagnostic of sortDiagnostics([...dataset.diagnostics, ...entries.flatMap((entry) => entry.diagnostics)])) {
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

/** The dataset the pages show: the one read from the content, written for them, or the file `DATASET_FILE` names. */
function siteDataset(dataset: Dataset): Dataset {
  if (process.env.DATASET_FILE) return loadDataset();
  writeDatasetIfChanged(dataset, datasetFile);
  return dataset;
}
