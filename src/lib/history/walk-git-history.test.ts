import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { historySchema, type History } from './history-schema.ts';
import { walkGitHistory } from './walk-git-history.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A git repository in a temporary folder; `commit` writes files (`null` deletes) and commits them on a given author date. */
function repository() {
  const dir = mkdtempSync(path.join(tmpdir(), 'history-repo-'));
  made.push(dir);
  const git = (args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.email', 'docs@example.com']);
  git(['config', 'user.name', 'Docs']);
  git(['config', 'commit.gpgsign', 'false']);
  return {
    dir,
    commit(date: string, subject: string, files: Record<string, string | null>): string {
      for (const [file, text] of Object.entries(files)) {
        const full = path.join(dir, file);
        if (text === null) rmSync(full);
        else {
          mkdirSync(path.dirname(full), { recursive: true });
          writeFileSync(full, text);
        }
      }
      git(['add', '-A']);
      // The committer date differs on purpose: events are dated by the author date.
      git(['commit', '-q', '-m', subject], { GIT_AUTHOR_DATE: `${date}T12:00:00+00:00`, GIT_COMMITTER_DATE: '2030-01-01T00:00:00+00:00' });
      return git(['rev-parse', 'HEAD']);
    },
  };
}

const front = '---\ntitle: Availability\nms.date: 01/01/2024\n---\n\n# Serverless models\n\n';
const header = '| Model | Offer Availability Region | Hub/Project Region for Deployment |\n| --- | --- | --- |\n';
/** A page whose table starts on line 10: its first row is line 12. */
const page = (rows: string) => `${front}### Cohere models\n\n${header}${rows}`;
const row = (model: string, regions: string[]) => `| ${model} | Japan | ${regions.join(' <br> ')} |\n`;

/** The events without the fields every case shares, in order. */
function brief(history: History) {
  return history.events.map(({ date, commit, kind, model, region, source, file, line }) => ({ date, commit, kind, model, region, source, file, line }));
}

describe('walkGitHistory', { timeout: 15_000 }, () => {
  test('a region added, then a region removed, each on its commit and author date', async () => {
    const repo = repository();
    const c1 = repo.commit('2024-01-10', 'Add the page', { 'articles/a.md': page(row('Cohere Command R', ['East US', 'West US 3'])) });
    repo.commit('2024-01-20', 'Not documentation', { 'README.txt': 'hello\n' });
    const c2 = repo.commit('2024-02-05', 'Sweden Central', { 'articles/a.md': page(row('Cohere Command R', ['East US', 'West US 3', 'Sweden Central'])) });
    const c3 = repo.commit('2024-03-01', 'West US 3 is gone', { 'articles/a.md': page(row('Cohere Command R', ['East US', 'Sweden Central'])) });
    const history = await walkGitHistory({ repo: repo.dir, path: 'articles' });

    const event = (date: string, commit: string, kind: string, region: string) => ({ date, commit, kind, model: 'azure-cohere-command-r', region, source: 'a.md', file: undefined, line: 12 });
    expect(brief(history)).toEqual([
      event('2024-01-10', c1, 'added', 'azure-eastus'),
      event('2024-01-10', c1, 'added', 'azure-westus3'),
      event('2024-02-05', c2, 'added', 'azure-swedencentral'),
      event('2024-03-01', c3, 'removed', 'azure-westus3'),
    ]);
    expect(history.commits.map(({ commit, date, subject, documents }) => ({ commit, date, subject, documents }))).toEqual([
      { commit: c1, date: '2024-01-10', subject: 'Add the page', documents: 1 },
      { commit: c2, date: '2024-02-05', subject: 'Sweden Central', documents: 1 },
      { commit: c3, date: '2024-03-01', subject: 'West US 3 is gone', documents: 1 },
    ]);
    const westus3 = history.facts.find((fact) => fact.region === 'azure-westus3')!;
    expect(westus3.firstSeen).toEqual({ commit: c1, date: '2024-01-10', source: 'a.md', line: 12 });
    expect(westus3.lastSeen).toEqual({ commit: c2, date: '2024-02-05', source: 'a.md', line: 12 });
    expect(history.facts.find((fact) => fact.region === 'azure-eastus')!.lastSeen).toBeUndefined();
    expect(historySchema.safeParse(history).success).toBe(true);
  });

  test('a model renamed on its row is a removal and an addition, linked by an info', async () => {
    const repo = repository();
    const c1 = repo.commit('2024-04-01', 'Page', { 'a.md': page(row('Cohere Command R', ['East US'])) });
    const c2 = repo.commit('2024-04-15', 'Rename', { 'a.md': page(row('Cohere Command R 08-2024', ['East US'])) });
    const history = await walkGitHistory({ repo: repo.dir });
    expect(history.events.map(({ date, commit, kind, model, region, renamedFrom, renamedTo }) => ({ date, commit, kind, model, region, renamedFrom, renamedTo }))).toEqual([
      { date: '2024-04-01', commit: c1, kind: 'added', model: 'azure-cohere-command-r', region: 'azure-eastus', renamedFrom: undefined, renamedTo: undefined },
      { date: '2024-04-15', commit: c2, kind: 'removed', model: 'azure-cohere-command-r', region: 'azure-eastus', renamedFrom: undefined, renamedTo: 'azure-cohere-command-r-08-2024' },
      { date: '2024-04-15', commit: c2, kind: 'added', model: 'azure-cohere-command-r-08-2024', region: 'azure-eastus', renamedFrom: 'azure-cohere-command-r', renamedTo: undefined },
    ]);
    expect(history.diagnostics).toEqual([
      {
        severity: 'info',
        rule: 'history-model-renamed',
        source: 'a.md',
        line: 12,
        message: `Model \`Cohere Command R\` is \`Cohere Command R 08-2024\` on the same row from ${c2.slice(0, 12)} (2024-04-15): read as a removal and an addition`,
      },
    ]);
    expect(history.models.map((model) => model.name)).toEqual(['Cohere Command R', 'Cohere Command R 08-2024']);
  });

  test('a table moved into an include, with the same facts, is no event', async () => {
    const repo = repository();
    const table = `### Cohere models\n\n${header}${row('Cohere Command R', ['East US', 'West US 3'])}`;
    const c1 = repo.commit('2024-05-01', 'Page', { 'a.md': `${front}${table}` });
    const c2 = repo.commit('2024-05-09', 'Move the table into an include', {
      'a.md': `${front}[!INCLUDE [table](includes/table.md)]\n`,
      'includes/table.md': `---\nms.topic: include\n---\n\n${table}`,
    });
    const history = await walkGitHistory({ repo: repo.dir });
    expect(brief(history).map(({ commit, kind, region }) => ({ commit, kind, region }))).toEqual([
      { commit: c1, kind: 'added', region: 'azure-eastus' },
      { commit: c1, kind: 'added', region: 'azure-westus3' },
    ]);
    expect(history.commits.map(({ commit, documents }) => ({ commit, documents }))).toEqual([
      { commit: c1, documents: 1 },
      { commit: c2, documents: 2 },
    ]);
    expect(history.facts.map((fact) => fact.lastSeen)).toEqual([undefined, undefined]);
  });

  test('an include edited changes the page that includes it, and only that page is read again', async () => {
    const repo = repository();
    const include = (regions: string[]) => `---\nms.topic: include\n---\n\n${header}${row('Mistral Large', regions)}`;
    const c1 = repo.commit('2024-06-03', 'Page and include', {
      'how-to/a.md': `${front}[!INCLUDE [table](../includes/t.md)]\n`,
      'how-to/other.md': page(row('Cohere Command R', ['East US'])),
      'includes/t.md': include(['Sweden Central']),
    });
    const c2 = repo.commit('2024-06-20', 'Edit the include only', { 'includes/t.md': include(['Sweden Central', 'East US 2']) });
    const history = await walkGitHistory({ repo: repo.dir });
    expect(brief(history)).toEqual([
      { date: '2024-06-03', commit: c1, kind: 'added', model: 'azure-mistral-large', region: 'azure-swedencentral', source: 'how-to/a.md', file: 'includes/t.md', line: 7 },
      { date: '2024-06-03', commit: c1, kind: 'added', model: 'azure-cohere-command-r', region: 'azure-eastus', source: 'how-to/other.md', file: undefined, line: 12 },
      { date: '2024-06-20', commit: c2, kind: 'added', model: 'azure-mistral-large', region: 'azure-eastus2', source: 'how-to/a.md', file: 'includes/t.md', line: 7 },
    ]);
    // The include and the page that includes it; not the other page.
    expect(history.commits.map(({ commit, documents }) => ({ commit, documents }))).toEqual([
      { commit: c1, documents: 3 },
      { commit: c2, documents: 2 },
    ]);
  });

  test('a document back at a blob already read is reused, not read again; --since starts from the state before it', async () => {
    const repo = repository();
    const before = page(row('Cohere Command R', ['East US']));
    repo.commit('2024-07-01', 'Page', { 'a.md': before });
    const c2 = repo.commit('2024-07-10', 'West US 3', { 'a.md': page(row('Cohere Command R', ['East US', 'West US 3'])) });
    const c3 = repo.commit('2024-07-20', 'Revert', { 'a.md': before });
    const history = await walkGitHistory({ repo: repo.dir });
    expect(history.commits.map(({ commit, documents }) => ({ commit, documents })).at(-1)).toEqual({ commit: c3, documents: 0 });
    expect(brief(history).slice(1).map(({ commit, kind, region }) => ({ commit, kind, region }))).toEqual([
      { commit: c2, kind: 'added', region: 'azure-westus3' },
      { commit: c3, kind: 'removed', region: 'azure-westus3' },
    ]);

    const since = await walkGitHistory({ repo: repo.dir, since: '2024-07-05' });
    expect(since.commits.map(({ commit }) => commit)).toEqual([c2, c3]);
    expect(brief(since).map(({ commit, kind, region }) => ({ commit, kind, region }))).toEqual([
      { commit: c2, kind: 'added', region: 'azure-westus3' },
      { commit: c3, kind: 'removed', region: 'azure-westus3' },
    ]);
  });

  test('paths below --path are content paths under the source folder when a content folder is given', async () => {
    const repo = repository();
    repo.commit('2024-08-01', 'Page', { 'articles/how-to/a.md': page(row('Cohere Command R', ['East US'])), 'other/b.md': page(row('Mistral Large', ['East US'])) });
    const history = await walkGitHistory({ repo: repo.dir, path: 'articles', contentDir: 'azure-ai-docs/articles' });
    expect(history.events.map((event) => `${event.source} ${event.model}`)).toEqual(['azure-ai-docs/articles/how-to/a.md azure-cohere-command-r']);
  });
});

describe('npm run history', { timeout: 30_000 }, () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/history.ts', ...args], { encoding: 'utf8' });

  test('a path that is not a git repository exits 2 with a clear message, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'history-plain-'));
    made.push(dir);
    const out = path.join(dir, 'history.json');
    const run = cli(['--repo', dir, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${dir} is not a git repository`);
    expect(existsSync(out)).toBe(false);
  });

  test('a shallow clone exits 2', () => {
    const repo = repository();
    repo.commit('2024-01-01', 'One', { 'a.md': page(row('Cohere Command R', ['East US'])) });
    repo.commit('2024-01-02', 'Two', { 'a.md': page(row('Cohere Command R', ['West US 3'])) });
    const shallow = mkdtempSync(path.join(tmpdir(), 'history-shallow-'));
    made.push(shallow);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const run = cli(['--repo', shallow, '--out', path.join(shallow, 'h.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('shallow clone');
  });

  test('a file that is not text exits 2, naming the commit and the file', () => {
    const repo = repository();
    repo.commit('2024-01-01', 'One', { 'a.md': page(row('Cohere Command R', ['East US'])) });
    writeFileSync(path.join(repo.dir, 'b.md'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const c2 = repo.commit('2024-01-02', 'Binary', {});
    const out = path.join(repo.dir, 'h.json');
    const run = cli(['--repo', repo.dir, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`At ${c2.slice(0, 12)} (2024-01-02): b.md is not UTF-8 text`);
    expect(existsSync(out)).toBe(false);
  });

  test('writes the history and its schema, with plain progress lines when not on a terminal', () => {
    const repo = repository();
    repo.commit('2024-01-01', 'One', { 'a.md': page(row('Cohere Command R', ['East US'])) });
    const out = path.join(repo.dir, 'out', 'h.json');
    const run = cli(['--repo', repo.dir, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('history: commit 1 of 1, 1 documents re-read, done\n');
    expect(historySchema.parse(JSON.parse(readFileSync(out, 'utf8'))).events).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'out', 'h.schema.json'), 'utf8')).$schema).toContain('2020-12');
  });
});
