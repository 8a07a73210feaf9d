import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { generateCorpus } from '../bench/synthetic-corpus.ts';
import { parseDocument } from '../src/lib/content/load-document.ts';
import { listDocuments } from '../src/lib/content/list-documents.ts';
import { extractLoadedDocuments } from '../src/lib/facts/extract-dataset.ts';

const ROUNDS = 5;
const root = path.resolve('.cache/bench-corpus');

rmSync(root, { recursive: true, force: true });
for (const file of generateCorpus()) {
  mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
  writeFileSync(path.join(root, file.path), file.text);
}
const files = listDocuments(root).map((relative) => ({ relative, raw: readFileSync(path.join(root, relative), 'utf8') }));
const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.raw), 0);

/** The baseline: every file parsed once with mdast-util-from-markdown and all of GFM, as a renderer would. */
const gfmOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const bare = () => {
  for (const file of files) fromMarkdown(file.raw, gfmOptions);
};
let facts = 0;
/** One document at a time, as `npm run extract` reads a folder. */
function* loaded() {
  for (const file of files) yield parseDocument(root, file.relative, file.raw);
}
const extract = () => {
  facts = extractLoadedDocuments(loaded()).dataset.availability.length;
};

/**
 * Fastest of alternating rounds, after one warm-up of each: both see the same
 * machine state, and on a shared machine other load only ever adds time.
 */
const times = { bare: [] as number[], extract: [] as number[] };
bare();
extract();
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of [['bare', bare], ['extract', extract]] as const) {
    const start = performance.now();
    run();
    times[name].push(performance.now() - start);
  }
}
const fastest = (list: number[]) => Math.min(...list);
const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
const bareMs = fastest(times.bare);
const extractMs = fastest(times.extract);
const ratio = extractMs / bareMs;
console.log(`corpus       ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB (${root})`);
console.log(`bare parse   ${bareMs.toFixed(0)} ms  ${mbps(bareMs).toFixed(2)} MB/s  (mdast-util-from-markdown + GFM)`);
console.log(`extraction   ${extractMs.toFixed(0)} ms  ${mbps(extractMs).toFixed(2)} MB/s  (${facts} facts)`);
console.log(`ratio        ${ratio.toFixed(2)}x (target <= 1.0x) ${ratio <= 1.0 ? 'ok' : 'OVER'}`);
