import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ourSite } from '../../bench/build/projects.ts';
import { launchBrowser } from './support.ts';

/**
 * `astro dev` on a copy of the site and its content (below the repository,
 * in .cache/), so editing a source never touches content/: an edit to an
 * availability table reaches the model page, and an edit to an include
 * reaches the pages including it, each within 2 s of saving.
 */
const repo = path.resolve('.');
const dir = path.join(repo, '.cache/dev-live');
const olderVersion = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability@2024-05-21.md';
// The seeds name this include four times in one article but do not hold it: the copy gets it, and a second article uses it too.
const include = 'azure-ai-docs/articles/ai-foundry/includes/open-catalog.md';
const foundry = { file: 'azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md', route: '/guides/azure/ai-foundry/how-to/deploy-models-serverless/' };
const machineLearning = { file: 'azure-ai-docs/articles/machine-learning/how-to-deploy-models-serverless.md', route: '/guides/azure/machine-learning/how-to-deploy-models-serverless/' };
let server: ChildProcess;
let url: string;
let browser: Browser;
let page: Page;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4399));
    });
  });
}

/** The environment without vitest's own variables: with `VITEST` set, `astro dev` answers every page 404. */
function serverEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
}

beforeAll(async () => {
  ourSite(dir, repo);
  cpSync(path.join(repo, 'content'), path.join(dir, 'content'), { recursive: true });
  mkdirSync(path.join(dir, 'content', path.dirname(include)), { recursive: true });
  writeFileSync(path.join(dir, 'content', include), 'Open the model catalog.\n');
  const ml = path.join(dir, 'content', machineLearning.file);
  writeFileSync(ml, `${readFileSync(ml, 'utf8').trimEnd()}\n\n[!INCLUDE [open-catalog](../ai-foundry/includes/open-catalog.md)]\n`);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...serverEnv(), PATH: `${path.join(repo, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += String(chunk)));
  server.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
  // Ready when a page renders (the content synced and Astro's routes in place), not when the port opens.
  for (const started = performance.now(); ; ) {
    if (server.exitCode !== null) throw new Error(`astro dev exited (${server.exitCode}):\n${output}`);
    const response = await fetch(`${url}/availability/`).catch(() => undefined);
    if (response?.ok && (await response.text()).includes('<main')) break;
    if (performance.now() - started > 150_000) throw new Error(`astro dev did not serve /availability/:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await launchBrowser();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves a content file of the copy with `edit` applied, and returns when it was saved. */
function save(file: string, edit: (text: string) => string): number {
  const full = path.join(dir, 'content', file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
  return performance.now();
}

/**
 * Requests `route` until the page the server renders holds `text` in its
 * main content; how long after `since` it first did. The HTML alone: a
 * browser's reload would add the dev server's module requests to the time.
 */
async function shownAfter(route: string, text: string, since: number, within = 10_000): Promise<number> {
  for (;;) {
    const html = await (await fetch(`${url}${route}`)).text();
    if (mainOf(html).includes(text)) return performance.now() - since;
    if (performance.now() - since > within) throw new Error(`${route} never showed “${text}”`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The HTML between `<main` and `</main>`. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  return start === -1 ? '' : html.slice(start, html.indexOf('</main>', start));
}

test('a region added to a model’s row in an availability table shows on the model page within 2 s of saving', async () => {
  const route = '/models/azure-cohere-command-r-plus/';
  // Warm: the page is compiled before the edit, as it is for an editor who has it open.
  await page.goto(`${url}${route}`);
  const before = (await page.locator('main').textContent()) ?? '';
  expect(before).toContain('Sweden Central');
  expect(before).not.toContain('Brazil South');
  const row = 'West US <br>\nWest US 3        | Not available        |\n|Cohere Rerank 3';
  const saved = save(olderVersion, (text) => text.replace(row, `Brazil South <br>\n${row}`));
  expect(await shownAfter(route, 'Brazil South', saved)).toBeLessThan(2000);
});

test('an edit to an include reaches every place and page that includes it', async () => {
  // Both pages rendered once before the edit, as for an editor who has them open: the 2 s is the edit's, not the first compile's.
  await Promise.all([fetch(`${url}${foundry.route}`), fetch(`${url}${machineLearning.route}`)]);
  const sentence = 'This sentence was written into the include by the live test.';
  const saved = save(include, (text) => `${text.trimEnd()}\n\n${sentence}\n`);
  const uses = (file: string) => readFileSync(path.join(dir, 'content', file), 'utf8').split('includes/open-catalog.md)]').length - 1;
  const [foundryAfter, machineLearningAfter] = await Promise.all([shownAfter(foundry.route, sentence, saved), shownAfter(machineLearning.route, sentence, saved)]);
  expect(foundryAfter).toBeLessThan(2000);
  expect(machineLearningAfter).toBeLessThan(2000);
  // What a reader sees: the sentence in every place the page includes it.
  const shown = async (route: string) => {
    await page.goto(`${url}${route}`);
    return ((await page.locator('main').textContent()) ?? '').split(sentence).length - 1;
  };
  expect([uses(foundry.file), await shown(foundry.route)]).toEqual([4, 4]);
  expect([uses(machineLearning.file), await shown(machineLearning.route)]).toEqual([1, 1]);
});
