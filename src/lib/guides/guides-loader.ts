import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadDocument } from '../content/load-document.ts';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import { datasetFile, loadDataset } from '../site-data/load-dataset.ts';
import { writeDatasetIfChanged } from '../site-data/write-site-dataset.ts';
import { buildGuides, finishGuides, readGuide, type GuideBuild, type GuideEntry } from './guide-entries.ts';
import { homeEntry, type PageEntry } from './home-page.ts';
import { loadPivotGroups } from './pivot-groups.ts';

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
 * the extractor's format; none stops the build.
 *
 * In `astro dev` a change below the content folder re-reads only the
 * documents it touches (the file itself, or every document including it),
 * then the dataset and the pages' tables are assembled again from all the
 * readings: the model, region and matrix pages read the rewritten dataset on
 * their next request. The watcher gets its listener once, however often
 * Astro calls `load`.
 */
export function guidesLoader(options: GuidesLoaderOptions = {}): Loader {
  const root = options.root ?? 'content';
  const folder = path.resolve(root);
  let build: GuideBuild | undefined;
  let current: LoaderContext | undefined;
  let watching = false;
  /** Changes arrive one after another: each waits for the one before, so readings never interleave. */
  let queue = Promise.resolve();
  const onChange = (event: 'add' | 'change' | 'unlink') => (file: string) => {
    if (!file.startsWith(folder + path.sep) || !current || !build) return;
    const changed = path.relative(folder, file).split(path.sep).join('/');
    const context = current;
    queue = queue.then(() => update(context, root, build!, changed, event)).catch((error: unknown) => context.logger.error(`Reloading after ${changed} changed: ${error instanceof Error ? error.message : String(error)}`));
  };
  return {
    name: 'where-models-run-guides',
    load: async (context) => {
      current = context;
      build = await buildGuides(root);
      await store(context, root, build.dataset, build.entries, true);
      if (context.watcher && !watching) {
        watching = true;
        context.watcher.add(folder);
        context.watcher.on('change', onChange('change'));
        context.watcher.on('add', onChange('add'));
        context.watcher.on('unlink', onChange('unlink'));
      }
    },
  };
}

/** Re-reads the documents a changed file touches, then assembles the dataset and the pages again from every reading. */
async function update(context: LoaderContext, root: string, build: GuideBuild, changed: string, event: 'add' | 'change' | 'unlink'): Promise<void> {
  const started = performance.now();
  const touched = [...build.read].filter(([file, guide]) => file === changed || guide.result.includes.has(changed)).map(([file]) => file);
  if (event === 'unlink') build.read.delete(changed);
  else if (/\.(md|markdown)$/i.test(changed) && !touched.includes(changed)) touched.push(changed);
  const pivotGroups = loadPivotGroups();
  for (const file of touched) {
    if (file === changed && event === 'unlink') continue;
    build.read.set(file, await readGuide(loadDocument(root, file), root, pivotGroups));
  }
  const { dataset, entries } = finishGuides(build.read, build.unreadable);
  build.dataset = dataset;
  build.entries = entries;
  await store(context, root, dataset, entries, false);
  context.logger.info(`${changed} changed: re-read ${touched.length} ${touched.length === 1 ? 'document' : 'documents'} (${touched.join(', ') || 'none'}), dataset refreshed in ${Math.round(performance.now() - started)} ms`);
}

async function store(context: LoaderContext, root: string, dataset: Dataset, guides: readonly GuideEntry[], log: boolean): Promise<void> {
  const { store, parseData, logger, generateDigest } = context;
  const shown = siteDataset(dataset);
  const entries: (GuideEntry | PageEntry)[] = [...guides, homeEntry(shown, guides)];
  if (log) {
    for (const diagnostic of sortDiagnostics([...dataset.diagnostics, ...entries.flatMap((entry) => entry.diagnostics)])) {
      const line = formatDiagnostic(diagnostic, `${root}/`);
      if (diagnostic.severity === 'info') logger.debug(line);
      else logger.warn(line);
    }
  }
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) {
    const data = await parseData({ id: entry.id, data: { ...entry.data } });
    store.set({
      id: entry.id,
      data,
      digest: generateDigest(`${JSON.stringify(entry.data)}\n${entry.html}`),
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
