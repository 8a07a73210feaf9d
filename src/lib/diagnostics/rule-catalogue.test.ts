import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { syntheticDataset } from '../../../bench/synthetic-dataset.ts';
import { extractDataset } from '../facts/extract-dataset.ts';
import { ruleCatalogue, ruleFiles, ruleOf } from './rule-catalogue.ts';

const RULES_DIR = 'src/data/rules';
/** Where code that reports lives: the site and the command-line entry points, not their tests. */
const CODE_DIRS = ['src', 'scripts'];
/** A rule id or a severity written as a string literal in code. */
const RULE_LITERAL = /^'([a-z0-9]+(?:-[a-z0-9]+)+)'$/;
const SEVERITY_LITERAL = /^'(error|warning|info)'$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Every rule id the code can report, read from its text rather than from a
 * run: the id a `diagnose(severity, 'id', …)` or `report(file, severity,
 * 'id', …)` call passes, and the `rule: 'id'` of a diagnostic built whole.
 * A call that passes its rule through a variable is listed apart, so a new
 * way of reporting cannot slip past the scan.
 */
function scanCode() {
  const reported = new Map<string, Set<string>>();
  const forwarded: string[] = [];
  const calls = [
    /\bdiagnose\(\s*(?<severity>[^,()]+?),\s*(?<rule>[^,()]+?),/g,
    /\breport\(\s*[\w.]+,\s*(?<severity>[^,()]+?),\s*(?<rule>[^,()]+?),/g,
    /\bseverity:\s*(?<severity>'[a-z]+'),\s*rule:\s*(?<rule>'[a-z0-9-]+')/g,
    /\brule:\s*(?<rule>'[a-z0-9-]+')/g,
  ];
  for (const file of CODE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const call of calls) {
      for (const match of text.matchAll(call)) {
        const { severity: severityArg = '', rule: ruleArg = '' } = match.groups ?? {};
        // A declaration (`rule: string`, `function report(`), not a call.
        if (ruleArg.includes(':') || /function\s+$/.test(text.slice(Math.max(0, match.index - 10), match.index))) continue;
        const id = RULE_LITERAL.exec(ruleArg)?.[1];
        if (!id) {
          forwarded.push(`${file.replaceAll(path.sep, '/')}: ${ruleArg}`);
          continue;
        }
        const severities = reported.get(id) ?? new Set<string>();
        const severity = SEVERITY_LITERAL.exec(severityArg)?.[1];
        if (severity) severities.add(severity);
        reported.set(id, severities);
      }
    }
  }
  return { reported, forwarded: [...new Set(forwarded)].sort() };
}

/** `path:line:column severity message (rule)`, as formatDiagnostic writes and the fixtures keep it. */
const MESSAGE_LINE = /^\S+:\d+(?::\d+)? (error|warning|info) .* \(([a-z0-9-]+)\)$/;

function fixtureMessages(): { file: string; severity: string; rule: string }[] {
  return ['src', 'tests'].flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name === 'messages.txt')
      .flatMap((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line) => {
            const match = MESSAGE_LINE.exec(line);
            return match ? [{ file, severity: match[1]!, rule: match[2]! }] : [];
          });
      }),
  );
}

/** Ids not catalogued, or catalogued with another severity, among reported diagnostics. */
function mismatches(diagnostics: Iterable<{ severity: string; rule: string }>): string[] {
  const found = new Set<string>();
  for (const { severity, rule } of diagnostics) {
    const entry = ruleOf(rule);
    if (!entry) found.add(`${rule}: not in the catalogue`);
    else if (entry.severity !== severity) found.add(`${rule}: reported as ${severity}, catalogued as ${entry.severity}`);
  }
  return [...found].sort();
}

test('the public API', async () => {
  expect(Object.keys(await import('./rule-catalogue.ts')).sort()).toEqual(['ruleCatalogue', 'ruleFiles', 'ruleOf', 'ruleSchema']);
});

test('every rule file in src/data/rules is read', () => {
  expect(Object.keys(ruleFiles).sort()).toEqual(readdirSync(RULES_DIR).filter((name) => name.endsWith('.json')).sort());
});

test('each rule says its severity, meaning, an example and a fix, written in the file it comes from', () => {
  const fromFiles = readdirSync(RULES_DIR).flatMap((name) => (JSON.parse(readFileSync(path.join(RULES_DIR, name), 'utf8')) as { rules: { id: string }[] }).rules.map((rule) => `${name} ${rule.id}`));
  expect([...ruleCatalogue().values()].map((rule) => `${rule.file} ${rule.id}`).sort()).toEqual(fromFiles.sort());
  expect(ruleOf('table-empty-model-cell')).toMatchObject({ severity: 'warning', file: 'extraction.json' });
  expect(ruleOf('table-short-row')).toBeUndefined();
});

describe('the catalogue and the code agree', () => {
  const { reported, forwarded } = scanCode();

  test('the only calls that pass a rule through a variable are the two that forward one', () => {
    expect(forwarded).toEqual(['src/lib/facts/extract-document-facts.ts: problem.rule', 'src/lib/facts/fact-collector.ts: rule']);
  });

  test('every id the code reports is catalogued, with the severity it is reported with', () => {
    expect(reported.size).toBeGreaterThan(90);
    const wrong = [...reported].flatMap(([id, severities]) => {
      const rule = ruleOf(id);
      if (!rule) return [`${id}: not in the catalogue`];
      return [...severities].filter((severity) => severity !== rule.severity).map((severity) => `${id}: reported as ${severity}, catalogued as ${rule.severity}`);
    });
    expect(wrong).toEqual([]);
  });

  test('every catalogued id is reported somewhere in the code (no stale entries)', () => {
    expect([...ruleCatalogue().keys()].filter((id) => !reported.has(id))).toEqual([]);
  });
});

describe('what runs report is catalogued', () => {
  test('every message the fixtures pin', () => {
    const messages = fixtureMessages();
    expect(messages.length).toBeGreaterThan(200);
    expect(mismatches(messages)).toEqual([]);
  });

  test.each([['content'], ['tests/fixtures/docs-set'], ['../shared/corpora/azure-docs-cli']])('extracting %s', { timeout: 60_000 }, (root) => {
    const { dataset } = extractDataset(root);
    expect(mismatches(dataset.diagnostics)).toEqual([]);
  });

  test('the synthetic dataset the benches and browser tests use', () => {
    expect(mismatches(syntheticDataset().diagnostics)).toEqual([]);
  });
});
