import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist, type Site } from './support.ts';

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('the home page leads with finding a model’s regions', async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}/`);
  await expect(page.locator('h1').first().textContent()).resolves.toContain('Where models run');
});
