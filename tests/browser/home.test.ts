import { expect, test } from 'vitest';
import { openSite } from './open-site.ts';

const session = openSite();

test('the home page leads with finding a model’s regions', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}/`);
  await expect(page.locator('h1').first().textContent()).resolves.toContain('Where models run');
});

test('the home page links every guide once, by its title, and no older version', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}/`);
  const links = await page.locator('#guides + ul a').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
  // The seeds' four articles (content/, less the dated 2024-05-21 version), each under its upstream path.
  expect(links.map((link) => link.href)).toEqual([
    '/guides/azure/ai-foundry/how-to/deploy-models-serverless/',
    '/guides/azure/ai-studio/how-to/deploy-models-serverless-availability/',
    '/guides/azure/machine-learning/how-to-deploy-models-serverless/',
    '/guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/',
  ]);
  for (const link of links) {
    await page.goto(`${session.site.url}${link.href}`);
    const title = await page.locator('h1').first().textContent();
    expect(link.text.startsWith(title!.trim()), `${link.href}: ${link.text} / ${title}`).toBe(true);
  }
});
