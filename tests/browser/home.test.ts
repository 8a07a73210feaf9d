import { expect, test } from 'vitest';
import { openSite } from './open-site.ts';

const session = openSite();

test('the home page leads with finding a model’s regions', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}/`);
  await expect(page.locator('h1').first().textContent()).resolves.toContain('Where models run');
});
