import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig, sourceDocuments } from '../src/lib/config/site-sources.ts';
import { providerSchema } from '../src/lib/facts/dataset-schema.ts';
import { siteConfigFile } from '../src/lib/config/load-site-config.ts';
import { formatDiagnostic } from '../src/lib/diagnostics/format-diagnostic.ts';
import { ruleOf } from '../src/lib/diagnostics/rule-catalogue.ts';
import { extractDataset } from '../src/lib/facts/extract-dataset.ts';
import { formatSummary, summarizeExtraction } from '../src/lib/facts/summarize-extraction.ts';
import { formatSourceSummary, summarizeSources } from '../src/lib/facts/summarize-sources.ts';
import { writeDataset } from '../src/lib/facts/write-dataset.ts';

const usage = 'Usage: npm run extract -- [--config FILE | --content DIR] [--out FILE] [--strict] [--format json|text]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

let options: { config?: string; content?: string; out: string; strict: boolean; format: string; help: boolean };
try {
  options = parseArgs({
    options: {
      config: { type: 'string' },
      content: { type: 'string' },
      // The site reads DATASET_FILE when it is set (src/lib/site-data/load-dataset.ts).
      out: { type: 'string', default: process.env.DATASET_FILE ?? 'src/generated/dataset.json' },
      strict: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values as typeof options;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (options.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (options.format !== 'json' && options.format !== 'text') fail(`Unknown --format \`${options.format}\`, expected json or text`);
if (options.config && options.content) fail('Give --config or --content, not both');
if (options.content && (!existsSync(options.content) || !statSync(options.content).isDirectory())) fail(`--content \`${options.content}\` is not a folder`);

// --content reads every markdown file of one folder; otherwise the site config's sources (--config, SITE_CONFIG, site.config.json).
let root: string;
let extraction;
if (options.content) {
  root = options.content;
  extraction = extractDataset(root);
} else {
  let config;
  try {
    config = siteConfig(options.config ? path.resolve(options.config) : siteConfigFile());
  } catch (error) {
    fail(error instanceof Error ? `${error.message}${'hint' in error && error.hint ? `\n${String(error.hint)}` : ''}` : String(error));
  }
  root = config.contentRoot;
  extraction = extractDataset(root, {
    paths: sourceDocuments(config),
    providers: config.sources.flatMap((source) => {
      const provider = providerSchema.safeParse(source.provider);
      return provider.success ? [{ dir: source.contentDir, provider: provider.data }] : [];
    }),
  });
}
const written = writeDataset(extraction.dataset, options.out);
const summary = summarizeExtraction(extraction);
const sources = summarizeSources(extraction);
const prefix = path.relative(process.cwd(), path.resolve(root)).split(path.sep).join('/');
const lines = extraction.dataset.diagnostics.map((d) => formatDiagnostic(d, prefix ? `${prefix}/` : ''));

if (options.format === 'json') {
  // Each diagnostic carries its rule's meaning, so a reader of the JSON needs no other file.
  const diagnostics = extraction.dataset.diagnostics.map((d) => ({ ...d, meaning: ruleOf(d.rule)?.meaning }));
  process.stdout.write(JSON.stringify({ summary, sources, written, diagnostics }, null, 2) + '\n');
} else {
  const perSource = formatSourceSummary(sources, prefix ? `${prefix}/` : '');
  process.stdout.write([...lines, '', ...perSource, '', ...formatSummary(summary), `wrote        ${written.dataset}, ${written.schema}`, ''].join('\n'));
}
process.exit(options.strict && summary.diagnostics.error > 0 ? 1 : 0);
