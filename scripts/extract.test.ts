import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

/** Each test starts the CLI in a new process; a busy machine needs more than the default 5 s. */
const timeout = 60_000;

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });

/** A content folder with one Azure table (a joined row: a warning) and, optionally, an include outside it (an error). */
function contentFolder(withError: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
  mkdirSync(path.join(root, 'docs'));
  const table = ['---', 'ms.date: 5/21/2024', '---', '', '| Model | Hub/Project Region for Deployment |', '| --- | --- |', '| Cohere Command R | East US <br>', 'West US 3 |', ''];
  if (withError) table.push('[!INCLUDE [x](../../outside.md)]', '');
  writeFileSync(path.join(root, 'docs', 'page.md'), table.join('\n'));
  return root;
}

test('prints every diagnostic and the summary, writes the dataset and its schema, exits 0 with warnings', () => {
  const root = contentFolder(false);
  const out = path.join(root, 'out', 'data.json');
  const result = run('--content', root, '--out', out);
  expect(result.status).toBe(0);
  const prefix = path.relative(process.cwd(), root);
  expect(result.stdout).toContain(`${prefix}/docs/page.md:7:1 warning Row runs over 2 physical lines (lines 7-8); GFM splits it, rebuilt as one row (table-row-joined)`);
  expect(result.stdout).toContain(`${prefix}/docs/page.md: 1 read, 0 left alone\n  read        line 5: region-list, 1 row`);
  expect(result.stdout).toContain('sources      1\ntables       1 availability, 0 other\nmodels       1\nregions      2\nfacts        2 (2 deployment, 0 fine-tuning), 0 offers\ndiagnostics  0 errors, 1 warnings, 1 info');
  const dataset = JSON.parse(readFileSync(out, 'utf8'));
  expect(dataset.availability.map((fact: { region: string; line: number }) => [fact.region, fact.line])).toEqual([['azure-eastus', 7], ['azure-westus3', 8]]);
  expect(JSON.parse(readFileSync(path.join(root, 'out', 'data.schema.json'), 'utf8')).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
}, timeout);

test('--strict fails (1) on an error; without it the same run passes', () => {
  const root = contentFolder(true);
  const out = path.join(root, 'data.json');
  expect(run('--content', root, '--out', out).status).toBe(0);
  const strict = run('--content', root, '--out', out, '--strict');
  expect(strict.status).toBe(1);
  expect(strict.stdout).toMatch(/docs\/page\.md:10:1 error Include `\.\.\/\.\.\/outside\.md` points outside the content folder; not read \(include-outside-content\)/);
}, timeout);

test('--format json prints the summary and diagnostics, with their rules\' meanings, as JSON', () => {
  const root = contentFolder(false);
  const result = run('--content', root, '--out', path.join(root, 'data.json'), '--format', 'json');
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.summary.facts).toEqual({ deployment: 2, 'fine-tuning': 0 });
  expect(report.sources).toMatchObject([{ path: 'docs/page.md', read: [{ line: 5, shape: 'region-list', rows: 1 }], leftAlone: [] }]);
  expect(report.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['provider-inferred', 'table-row-joined']);
  // Each carries its rule's meaning, as the catalogue file writes it.
  const catalogue = JSON.parse(readFileSync('src/data/rules/extraction.json', 'utf8')) as { rules: { id: string; meaning: string }[] };
  const joined = catalogue.rules.find((rule) => rule.id === 'table-row-joined')!.meaning;
  expect(joined).toMatch(/^A row runs over several physical lines/);
  expect(report.diagnostics[1]).toMatchObject({ rule: 'table-row-joined', severity: 'warning', line: 7, meaning: joined });
}, timeout);

test.each([
  [['--format', 'xml']],
  [['--colour']],
  [['--content', '/nonexistent-folder']],
  [['stray']],
])('bad usage %j exits 2 with the usage line', (args) => {
  const result = run(...args);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('Usage: npm run extract --');
}, timeout);
