import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../src/lib/diagnostics/format-diagnostic.ts';
import { datedVersionsHistory } from '../src/lib/history/dated-versions-history.ts';
import { HistoryError } from '../src/lib/history/history-error.ts';
import type { History } from '../src/lib/history/history-schema.ts';
import { progressReporter } from '../src/lib/history/progress-reporter.ts';
import { walkGitHistory } from '../src/lib/history/walk-git-history.ts';
import { writeHistory } from '../src/lib/history/write-history.ts';

const usage = [
  'Usage: npm run history -- --repo DIR [--path SUB] [--since YYYY-MM-DD] [--config FILE] [--out FILE]',
  '       npm run history -- [--content DIR] [--out FILE]   (no --repo: from dated versions, x@2024-05-21.md beside x.md)',
].join('\n');

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

interface Options {
  repo?: string;
  path?: string;
  since?: string;
  config?: string;
  content?: string;
  out: string;
  help: boolean;
}

let options: Options;
try {
  options = parseArgs({
    options: {
      repo: { type: 'string' },
      path: { type: 'string' },
      since: { type: 'string' },
      config: { type: 'string' },
      content: { type: 'string' },
      out: { type: 'string', default: 'src/generated/history.json' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values as Options;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (options.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (options.since !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(options.since) || Number.isNaN(Date.parse(options.since)))) fail(`--since \`${options.since}\` is not a YYYY-MM-DD date`);
if (!options.repo && (options.path || options.since)) fail('--path and --since need --repo');

// Loaded only with --config: the config loader brings Astro's error type, slow to load.
async function readConfig(file: string) {
  const { loadSiteConfig } = await import('../src/lib/config/load-site-config.ts');
  try {
    return loadSiteConfig(file);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/** The source of the site config the repository is the history of: by `--path`, else the only one with a `repository`. */
async function configSource(file: string, sub: string | undefined) {
  const config = await readConfig(file);
  const withRepository = config.sources.filter((source) => source.repository);
  const matching = sub === undefined ? withRepository : withRepository.filter((source) => (source.repositoryPath ?? '').replace(/^\/+|\/+$/g, '') === sub.replace(/^\/+|\/+$/g, ''));
  if (matching.length === 1) return matching[0]!;
  if (matching.length === 0) fail(`${config.file}: no source with a \`repository\`${sub === undefined ? '' : ` and repositoryPath \`${sub}\``}`);
  fail(`${config.file}: ${matching.length} sources have a \`repository\`; say which with --path (${matching.map((source) => source.repositoryPath ?? '').join(', ')})`);
}

async function run(): Promise<History> {
  if (!options.repo) {
    const content = options.content ?? (options.config ? (await readConfig(options.config)).contentRoot : 'content');
    if (!existsSync(content) || !statSync(content).isDirectory()) fail(`--content \`${content}\` is not a folder`);
    return datedVersionsHistory(content);
  }
  const source = options.config ? await configSource(options.config, options.path) : undefined;
  const progress = progressReporter(process.stderr);
  try {
    return await walkGitHistory({
      repo: options.repo,
      path: options.path ?? source?.repositoryPath,
      since: options.since,
      contentDir: source?.contentDir,
      repository: source?.repository,
      onProgress: progress.update,
    });
  } finally {
    progress.done();
  }
}

try {
  const history = await run();
  const written = writeHistory(history, options.out);
  const added = history.events.filter((event) => event.kind === 'added').length;
  const lines = [
    ...history.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)),
    `${(history.mode === 'git' ? 'commits' : 'versions').padEnd(13)}${history.commits.length} read, ${history.commits.reduce((sum, commit) => sum + commit.documents, 0)} documents extracted`,
    `events       ${added} added, ${history.events.length - added} removed, on ${new Set(history.events.map((event) => event.date)).size} dates`,
    `facts        ${history.facts.length} (${history.facts.filter((fact) => fact.lastSeen).length} gone)`,
    `wrote        ${written.history}, ${written.schema}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
} catch (error) {
  if (error instanceof HistoryError) {
    process.stderr.write(`history: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
