import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, saveScreenshot, useTheme, viewports } from './support.ts';
import { openSite } from './open-site.ts';

const FOUNDRY = '/guides/azure/ai-foundry/how-to/deploy-models-serverless/';
const MACHINE_LEARNING = '/guides/azure/machine-learning/how-to-deploy-models-serverless/';
const GUIDES = {
  'foundry-serverless': FOUNDRY,
  'machine-learning-serverless': MACHINE_LEARNING,
  'availability': '/guides/azure/ai-studio/how-to/deploy-models-serverless-availability/',
  'availability-2024-05-21': '/guides/azure/ai-studio/how-to/deploy-models-serverless-availability/2024-05-21/',
  'vertex-locations': '/guides/google-cloud/vertex-ai/generative-ai/docs/learn/locations/',
  'about-sources': '/about/sources/',
};

const session = openSite();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await session.browser.newContext({ ...viewports.desktop, ...options });
  const page = await context.newPage();
  await page.goto(session.site.url + path);
  return page;
}

/** The selected tab label of every tab group on the page, in page order. */
function selectedTabs(page: Page): Promise<string[]> {
  return page.locator('.learn-tabs').evaluateAll((groups) =>
    groups.map((group) => group.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? ''),
  );
}

describe('tabs', () => {
  test('choosing "Python SDK" in one group switches every group that has it, and is remembered', async () => {
    const page = await open(MACHINE_LEARNING);
    expect(new Set(await selectedTabs(page))).toEqual(new Set(['Studio']));
    await page.locator('.learn-tabs').nth(2).getByRole('tab', { name: 'Python SDK' }).click();
    expect(await selectedTabs(page)).toEqual(Array(await page.locator('.learn-tabs').count()).fill('Python SDK'));
    const visible = await page.locator('.learn-tabs__panel:visible').evaluateAll((panels) => panels.map((p) => (p as HTMLElement).dataset.tab));
    expect(new Set(visible)).toEqual(new Set(['python']));
    await page.reload();
    expect(new Set(await selectedTabs(page))).toEqual(new Set(['Python SDK']));
    await page.context().close();
  });

  test('tabs are ARIA tabs operable with the arrow keys', async () => {
    const page = await open(MACHINE_LEARNING);
    const group = page.locator('.learn-tabs').first();
    await expect(group.getByRole('tablist').count()).resolves.toBe(1);
    await group.getByRole('tab', { name: 'Studio' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('tab', { name: 'Azure CLI' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Azure CLI');
    await expect(group.getByRole('tabpanel').filter({ visible: true }).getAttribute('data-tab')).resolves.toBe('cli');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(group.getByRole('tab', { name: 'ARM' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.context().close();
  });
});

describe('zone pivots', () => {
  test('choosing the CLI pivot shows only its zone, puts it in the URL; a reload keeps it, and a later visit remembers it', async () => {
    const page = await open(FOUNDRY);
    await page.getByRole('radio', { name: 'Azure CLI' }).check();
    const shown = () => page.locator('.learn-zone:visible').evaluateAll((zones) => zones.map((z) => (z as HTMLElement).dataset.pivot));
    await expect(shown()).resolves.toEqual(['programming-language-cli']);
    expect(new URL(page.url()).searchParams.get('pivots')).toBe('programming-language-cli');
    await page.reload();
    await expect(shown()).resolves.toEqual(['programming-language-cli']);
    await expect(page.getByRole('radio', { name: 'Azure CLI' }).isChecked()).resolves.toBe(true);
    await page.goto(session.site.url + FOUNDRY);
    await expect(shown()).resolves.toEqual(['programming-language-cli']);
    await page.context().close();
  });

  test('a ?pivots= link opens that pivot, and the contents list only its headings', async () => {
    const page = await open(`${FOUNDRY}?pivots=python-sdk`);
    await expect(page.locator('.learn-zone:visible').evaluateAll((zones) => zones.map((z) => (z as HTMLElement).dataset.pivot))).resolves.toEqual(['python-sdk']);
    const tocTargets = await page.locator('starlight-toc a:visible').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    const hiddenHeadings = await page.locator('.learn-zone[hidden] :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.id));
    expect(hiddenHeadings.length).toBeGreaterThan(0);
    expect(tocTargets.filter((id) => hiddenHeadings.includes(id))).toEqual([]);
    expect(tocTargets).toContain('prerequisites');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('every zone and every tab is visible with its label', async () => {
    const page = await open(FOUNDRY, { javaScriptEnabled: false });
    const zones = await page.locator('.learn-zone').evaluateAll((list) =>
      list.map((zone) => ({ visible: (zone as HTMLElement).offsetParent !== null, label: zone.querySelector(':scope > .learn-zone__label')?.textContent })),
    );
    expect(zones).toEqual([
      { visible: true, label: 'Foundry portal' },
      { visible: true, label: 'Azure CLI' },
      { visible: true, label: 'Python SDK' },
      { visible: true, label: 'Bicep' },
    ]);
    const panels = await page.locator('.learn-tabs__panel').evaluateAll((list) =>
      list.map((panel) => ({ visible: (panel as HTMLElement).offsetParent !== null, label: panel.querySelector(':scope > .learn-tabs__label')?.textContent })),
    );
    expect(panels.length).toBe(8);
    expect(panels.every((panel) => panel.visible)).toBe(true);
    expect(panels.map((panel) => panel.label)).toEqual(Array(4).fill(['Models sold directly by Azure', 'Models from Partners and Community']).flat());
    await expect(page.locator('.learn-pivots a[href="#zone-python-sdk"]').textContent()).resolves.toBe('Python SDK');
    await page.context().close();
  });
});

describe.each(Object.entries(GUIDES))('%s', (name, path) => {
  test.each(['light', 'dark'] as const)('%s: screenshots and no axe violations', async (theme) => {
    for (const [size, options] of Object.entries(viewports)) {
      const context = await session.browser.newContext(options);
      const page = await context.newPage();
      await useTheme(page, theme);
      await page.goto(session.site.url + path);
      await saveScreenshot(page, `guide-${name}-${size}-${theme}`);
      if (size === 'desktop') expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
