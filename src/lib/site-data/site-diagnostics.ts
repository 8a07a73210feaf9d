import { getCollection } from 'astro:content';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { guideOnlyDiagnostics } from '../matrix/diagnostics-view.ts';
import { loadDataset } from './load-dataset.ts';

/**
 * Every problem the site shows on /data-quality/: the extractor's, from the
 * dataset, and those rendering the guides found besides (each guide entry
 * carries its own in `data.diagnostics`, the home entry the TOCs').
 */
export async function siteDiagnostics(): Promise<{ extraction: Diagnostic[]; guides: Diagnostic[] }> {
  const dataset = loadDataset();
  const entries = await getCollection('docs');
  const fromGuides = entries.flatMap((entry) => (entry.data as { diagnostics?: Diagnostic[] }).diagnostics ?? []);
  return { extraction: dataset.diagnostics, guides: guideOnlyDiagnostics(dataset, fromGuides) };
}
