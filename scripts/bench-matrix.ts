/**
 * Matrix benchmarks, printed as a table against their targets:
 * - filter latency in Chromium at 500 models × 100 regions: from a control's
 *   change to the first painted frame that shows the result (every row on
 *   screen rendered, with the columns the header shows), median of 20 changes
 *   per filter;
 * - the matrix page's weight on the wire for the seeds, gzipped: HTML, CSS and
 *   JavaScript loaded with the page (fonts aside), and the JavaScript alone.
 *
 *   npm run bench:matrix                      # builds both sites under test-results/bench-matrix/
 *   npm run bench:matrix -- --seeds-dist dist # measures the seeds' weight on an existing build
 *   npm run bench:matrix -- --large-dist DIR  # measures the latency on an existing 500 × 100 build
 *   npm run bench:matrix -- --only q,geography # times only these filters (by control name)
 *
 * Each change is timed from a page at rest, just after a frame, so it waits
 * for the whole of the next one; the same wait with no change at all is
 * measured in the same run as the baseline the latencies are compared with.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { syntheticDataset } from '../bench/synthetic-dataset.ts';
import { installRowsOnScreen } from '../tests/browser/rows-on-screen.ts';
import { launchBrowser, serveDist } from '../tests/browser/support.ts';

const { values } = parseArgs({
  options: {
    'seeds-dist': { type: 'string' },
    'large-dist': { type: 'string' },
    runs: { type: 'string', default: '20' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
const root = path.resolve('test-results/bench-matrix');
const astro = path.resolve('node_modules/.bin/astro');

function build(outDir: string, datasetFile?: string): void {
  const env = datasetFile ? { ...process.env, DATASET_FILE: datasetFile } : process.env;
  execFileSync(astro, ['build', '--outDir', outDir], { env, stdio: 'ignore' });
}

const emptyFrame = 'no change (baseline: the next frame alone)';

/** One filter: the control's name and the two values a change switches between. */
const filters = (models: string[], regions: string[]): [string, string, string | string[], string | string[]][] => [
  // The baseline: no control changes, so the time is the wait for the next frame alone.
  [emptyFrame, '', '', ''],
  ['text (model name or id)', 'q', '', 'gemini'],
  ['provider', 'provider', '', 'azure'],
  ['publisher', 'publisher', '', 'google'],
  ['geography', 'geography', '', 'europe'],
  ['capability', 'capability', '', 'fine-tuning'],
  ['preview', 'preview', '', 'hide'],
  ['regions where all selected models are', 'model', [], models],
  ['models in all selected regions', 'region', [], regions],
];

interface Latency {
  label: string;
  all: number;
  narrow: number;
  widen: number;
  /** The most frames a change took to show its result: 1 when the first frame after it is right. */
  frames: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function filterLatency(browser: Browser, dist: string): Promise<Latency[]> {
  const site = await serveDist(dist);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}/availability/`);
  await page.locator('[data-matrix-filters]:not([hidden])').waitFor();
  // The matrix fills the screen, so a change has as many rows on screen to show as it can have.
  await page.locator('.matrix__scroller').evaluate((scroller) => scroller.scrollIntoView());
  await installRowsOnScreen(page);
  const models = await page.locator('.matrix__row').evaluateAll((rows) => rows.slice(0, 2).map((row) => (row as HTMLElement).dataset.model!));
  const regions = await page.locator('.matrix__region').evaluateAll((heads) => heads.slice(0, 2).map((head) => (head as HTMLElement).dataset.region!));
  const results: Latency[] = [];
  const only = values.only?.split(',');
  for (const [label, name, off, on] of filters(models, regions).filter(([, name]) => !only || !name || only.includes(name))) {
    const { times: samples, frames } = await page.evaluate(
      async ({ name, off, on, runs }) => {
        const control = name ? document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-matrix-filters] [name="${name}"]`)! : undefined;
        // No named helpers in here: tsx would wrap them in a `__name` call the page does not have.
        const times: number[] = [];
        const frames: number[] = [];
        for (let run = 0; run < runs; run++) {
          const value = run % 2 === 0 ? on : off;
          const start = performance.now();
          if (control instanceof HTMLSelectElement && control.multiple) for (const option of control.options) option.selected = value.includes(option.value);
          else if (control) control.value = value as string;
          control?.dispatchEvent(new Event('input', { bubbles: true }));
          // A frame has been styled, laid out and painted when a timer set in its animation frame runs. The
          // time counts up to the first frame that shows the result: every row on screen (and not under the
          // sticky header) rendered, not a content-visibility placeholder, and showing the columns the header
          // shows. Checking forces no rendering the frame skipped: rows are read by their boxes, cells only
          // by their state.
          for (let frame = 1; ; frame++) {
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const elapsed = performance.now() - start;
            const { wrong } = matrixRowsOnScreen({ rendered: true });
            if (wrong === 0) {
              times.push(elapsed);
              frames.push(frame);
              break;
            }
            if (frame === 10) throw new Error(`${wrong} rows on screen still wrong after 10 frames`);
          }
          // The next change starts from a page at rest, as a reader's would, not inside the work this one left.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve))));
        }
        return { times, frames };
      },
      { name, off, on, runs },
    );
    // Even runs narrow the matrix, odd runs widen it back to everything.
    results.push({ label, all: median(samples), narrow: median(samples.filter((_, run) => run % 2 === 0)), widen: median(samples.filter((_, run) => run % 2 === 1)), frames: Math.max(...frames) });
  }
  await site.close();
  return results;
}

interface Weight {
  total: number;
  js: number;
  files: number;
  /** JavaScript fetched after the load event: Starlight's search box loads Pagefind's UI when the page is idle. */
  idleJs: number;
}

async function pageWeight(browser: Browser, dist: string): Promise<Weight> {
  const site = await serveDist(dist);
  const page = await browser.newPage();
  const bodies: Promise<{ type: string; size: number; afterLoad: boolean }>[] = [];
  let loaded = false;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const afterLoad = loaded;
    if (type === 'document' || type === 'stylesheet' || type === 'script') {
      bodies.push(response.body().then((body) => ({ type, size: gzipSync(body, { level: 9 }).length, afterLoad })));
    }
  });
  await page.goto(`${site.url}/availability/`, { waitUntil: 'load' });
  loaded = true;
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await site.close();
  const sum = (list: { size: number }[]) => list.reduce((total, item) => total + item.size, 0);
  const atLoad = all.filter((item) => !item.afterLoad);
  return {
    total: sum(atLoad),
    js: sum(atLoad.filter((item) => item.type === 'script')),
    files: atLoad.length,
    idleJs: sum(all.filter((item) => item.afterLoad && item.type === 'script')),
  };
}

mkdirSync(root, { recursive: true });
const datasetFile = path.join(root, 'dataset-500x100.json');
writeFileSync(datasetFile, JSON.stringify(syntheticDataset({ models: 500, regions: 100 })));
const largeDist = values['large-dist'] ? path.resolve(values['large-dist']) : path.join(root, 'dist-500x100');
if (!values['large-dist']) build(largeDist, datasetFile);
const seedsDist = values['seeds-dist'] ? path.resolve(values['seeds-dist']) : path.join(root, 'dist-seeds');
if (!values['seeds-dist']) build(seedsDist);

const browser = await launchBrowser();
const latency = await filterLatency(browser, largeDist);
const weight = await pageWeight(browser, seedsDist);
await browser.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const baseline = latency.find(({ label }) => label === emptyFrame)!.all;
/** measure, value, target, value / target, value / baseline (latencies only). */
const rows: [string, string, string, number, string][] = [
  ...latency.map(({ label, all, narrow, widen, frames }): [string, string, string, number, string] => [
    label === emptyFrame
      ? `filter: ${label} (500 × 100, median of ${runs})`
      : `filter: ${label} (500 × 100, median of ${runs}; narrowing / widening ${narrow.toFixed(0)} / ${widen.toFixed(0)} ms; right by frame ${frames} at worst)`,
    `${all.toFixed(1)} ms`,
    '50 ms',
    all / 50,
    (all / baseline).toFixed(2),
  ]),
  [`matrix page load, HTML + CSS + JS gzipped (seeds, ${weight.files} files)`, kb(weight.total), '60 KB', weight.total / (60 * 1024), ''],
  ['matrix page load, JavaScript gzipped (seeds)', kb(weight.js), '15 KB', weight.js / (15 * 1024), ''],
];
const notes = [`Not in the page load: ${kb(weight.idleJs)} of JavaScript Starlight's search box fetches once the page is idle (Pagefind's UI, on every page of the site).`];
const table = [
  '| measure | value | target | value / target | value / baseline |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(([measure, value, target, ratio, overBaseline]) => `| ${measure} | ${value} | ${target} | ${ratio.toFixed(2)}${ratio > 1 ? ' (over)' : ''} | ${overBaseline} |`),
];
console.log([...table, '', ...notes].join('\n'));
