import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { siteConfig } from '../config/site-sources.ts';
import { loadDocument } from '../content/load-document.ts';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Dataset } from '../facts/dataset-schema.ts';
import { datasetFile, loadDataset, datasetGiven } from '../site-data/load-dataset.ts';
import { writeDatasetIfChanged } from '../site-data/write-site-dataset.ts';
import { buildGuides, configGuideOptions, finishGuides, readGuide, type GuideBuild, type GuideEntry } from './guide-entries.ts';
import { homeEntry, type PageEntry } from './home-page.ts';
import { siteNavigation } from './navigation/site-navigation.ts';

export interface GuidesLoaderOptions {
  /** The site config (default: the one `SITE_CONFIG` names, else `site.config.json`). */
  config?: ResolvedSiteConfig;
}

/**
 * The docs collection: every document of every configured source read once,
 * by the extractor and the guide renderer together (Astro's markdown engine
 * does not run remark plugins), plus the landing pages and the home page.
 * Each entry stores its HTML and headings as `rendered`, which Starlight
 * shows with its table of contents, and its diagnostics in
 * `data.diagnostics` for /data-quality/. The dataset those readings give is
 * written where the pages read it (unless `DATASET_FILE` gives the pages
 * another one). Diagnostics are logged in the extractor's format; none stops
 * the build.
 *
 * In `astro dev` a change to a markdown file below a source folder re-reads
 * only the documents it touches (the file itself, or every document
 * including it), then the dataset and the pages' tables are assembled again
 * from all the readings: the model, region and matrix pages read the
 * rewritten dataset on their next request. Any other file (a TOC, a landing
 * page, a pivot groups file) reads the whole set again. The watcher gets its
 * listeners once, however often Astro calls `load`.
 */
export function guidesLoader(options: GuidesLoaderOptions = {}): Loader {
  let build: GuideBuild | undefined;
  let current: LoaderContext | undefined;
  let watching = false;
  /** Changes arrive one after another: each waits for the one before, so readings never interleave. */
  let queue = Promise.resolve();
  return {
    name: 'where-models-run-guides',
    load: async (context) => {
      const config = options.config ?? siteConfig();
      current = context;
      build = await buildGuides(config.contentRoot, configGuideOptions(config));
      await store(context, build, true);
      if (context.watcher && !watching) {
        watching = true;
        const folders = config.sources.map((source) => source.absoluteDir);
        const onChange = (event: 'add' | 'change' | 'unlink') => (file: string) => {
          if (!folders.some((folder) => file.startsWith(folder + path.sep)) || !current || !build) return;
          const changed = path.relative(config.contentRoot, file).split(path.sep).join('/');
          const context = current;
          const before = build;
          queue = queue
            .then(async () => {
              build = await update(context, before, changed, event);
            })
            .catch((error: unknown) => context.logger.error(`Reloading after ${changed} changed: ${error instanceof Error ? error.message : String(error)}`));
        };
        for (const folder of folders) context.watcher.add(folder);
        context.watcher.on('change', onChange('change'));
        context.watcher.on('add', onChange('add'));
        context.watcher.on('unlink', onChange('unlink'));
      }
    },
  };
}

/** Re-reads the documents a changed file touches, then assembles the dataset and the pages again from every reading. */
async function update(context: LoaderContext, build: GuideBuild, changed: string, event: 'add' | 'change' | 'unlink'): Promise<GuideBuild> {
  const started = performance.now();
  const { settings } = build;
  if (!/\.(md|markdown)$/i.test(changed)) {
    const rebuilt = await buildGuides(settings.root, configGuideOptions(settings.config));
    await store(context, rebuilt, false);
    context.logger.info(`${changed} changed: the set read again in ${Math.round(performance.now() - started)} ms`);
    return rebuilt;
  }
  const touched = [...build.read].filter(([file, guide]) => file === changed || guide.result.includes.has(changed)).map(([file]) => file);
  if (event === 'unlink') build.read.delete(changed);
  else if (!touched.includes(changed) && settings.isDocument(changed)) touched.push(changed);
  for (const file of touched) {
    if (file === changed && event === 'unlink') continue;
    build.read.set(file, await readGuide(loadDocument(settings.root, file), settings));
  }
  const { dataset, entries } = finishGuides(build.read, build.unreadable, build.landing, settings);
  build.dataset = dataset;
  build.entries = entries;
  await store(context, build, false);
  context.logger.info(`${changed} changed: re-read ${touched.length} ${touched.length === 1 ? 'document' : 'documents'} (${touched.join(', ') || 'none'}), dataset refreshed in ${Math.round(performance.now() - started)} ms`);
  return build;
}

async function store(context: LoaderContext, build: GuideBuild, log: boolean): Promise<void> {
  const { store, parseData, logger, generateDigest } = context;
  const { dataset, entries: guides, settings } = build;
  const shown = siteDataset(dataset);
  // TOC problems belong to no guide: the home page's entry carries them to /data-quality/.
  const home = { ...homeEntry(shown, guides, settings.config), diagnostics: siteNavigation(settings.config).diagnostics };
  const entries: (GuideEntry | PageEntry)[] = [...guides, home];
  if (log) {
    const prefix = path.relative(process.cwd(), settings.root).split(path.sep).join('/');
    for (const diagnostic of sortDiagnostics([...dataset.diagnostics, ...entries.flatMap((entry) => entry.diagnostics)])) {
      const line = formatDiagnostic(diagnostic, prefix ? `${prefix}/` : '');
      if (diagnostic.severity === 'info') logger.debug(line);
      else logger.warn(line);
    }
  }
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) {
    const fields = entry.diagnostics.length > 0 ? { ...entry.data, diagnostics: entry.diagnostics } : { ...entry.data };
    const data = await parseData({ id: entry.id, data: fields });
    store.set({
      id: entry.id,
      data,
      digest: generateDigest(`${JSON.stringify(fields)}\n${entry.html}`),
      rendered: { html: entry.html, metadata: { headings: entry.headings } },
    });
  }
}

/** The dataset the pages show: the one read from the content, written for them, or the file `DATASET_FILE` gives them. */
function siteDataset(dataset: Dataset): Dataset {
  if (datasetGiven) return loadDataset();
  writeDatasetIfChanged(dataset, datasetFile);
  return dataset;
}
