import { readFileSync } from 'node:fs';
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

describe('dependent tabs', () => {
  /** The Azure ML page with the dependent-tab fixture's output put first in its content, so the real page scripts drive it. */
  async function openWithDependentTabs(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const fixture = readFileSync('src/remark/fixtures/tabs/dependent-tab/output.html', 'utf8');
    const context = await session.browser.newContext({ ...viewports.desktop, ...options });
    await context.route(
      (url) => url.pathname === MACHINE_LEARNING,
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<div class="sl-markdown-content">', `$&<div id="dependent">${fixture}</div>`);
        await route.fulfill({ response, body });
      },
    );
    const page = await context.newPage();
    await page.goto(session.site.url + MACHINE_LEARNING);
    return page;
  }

  /** Labels of the shown tabs of the dependent group, and its shown panels' text. */
  function dependentGroup(page: Page) {
    const group = page.locator('#dependent .learn-tabs').nth(1);
    return Promise.all([group.getByRole('tab').filter({ visible: true }).allTextContents(), group.locator('.learn-tabs__panel:visible > p:not([class])').allTextContents()]);
  }

  test('a dependent tab shows only while its condition is selected in another group', async () => {
    const page = await openWithDependentTabs();
    await expect(dependentGroup(page)).resolves.toEqual([['.NET', 'Python'], ['dotnet on Linux.']]);
    await page.locator('#dependent .learn-tabs').first().getByRole('tab', { name: 'Windows' }).click();
    await expect(dependentGroup(page)).resolves.toEqual([['.NET'], ['dotnet.exe on Windows.']]);
    expect(await axeViolations(page)).toEqual([]);
    const group = page.locator('#dependent .learn-tabs').nth(1);
    await page.locator('#dependent .learn-tabs').first().getByRole('tab', { name: 'Linux' }).click();
    await group.getByRole('tab', { name: 'Python' }).click();
    await expect(dependentGroup(page)).resolves.toEqual([['.NET', 'Python'], ['python3 on Linux.']]);
    await group.getByRole('tab', { name: 'Python' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('.NET');
    await expect(dependentGroup(page)).resolves.toEqual([['.NET', 'Python'], ['dotnet on Linux.']]);
    await page.reload();
    await page.locator('#dependent .learn-tabs').first().getByRole('tab', { name: 'Windows' }).click();
    await expect(dependentGroup(page)).resolves.toEqual([['.NET'], ['dotnet.exe on Windows.']]);
    await page.context().close();
  });

  test('without JavaScript every dependent tab is visible with its label and condition', async () => {
    const page = await openWithDependentTabs({ javaScriptEnabled: false });
    const panels = await page.locator('#dependent .learn-tabs').nth(1).locator('.learn-tabs__panel').evaluateAll((list) =>
      list.map((panel) => ({ visible: (panel as HTMLElement).offsetParent !== null, label: panel.querySelector('.learn-tabs__label')?.textContent, condition: panel.querySelector('.learn-tabs__condition')?.textContent })),
    );
    expect(panels).toEqual([
      { visible: true, label: '.NET', condition: 'With Linux' },
      { visible: true, label: '.NET', condition: 'With Windows' },
      { visible: true, label: 'Python', condition: 'With Linux' },
    ]);
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

/**
 * Opens `path` with the page's module scripts stripped from its HTML, so only
 * what runs before paint acts: the inline restore script, not the page
 * scripts that build the selector and the tab lists. `remembered` is put in
 * localStorage first.
 */
async function openBeforePageScripts(path: string, remembered: Record<string, string[]> = {}): Promise<Page> {
  const context = await session.browser.newContext(viewports.desktop);
  await context.addInitScript((entries) => {
    for (const [key, ids] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(ids));
  }, remembered);
  await context.route(
    (url) => url.pathname === new URL(path, 'http://x').pathname,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body });
    },
  );
  const page = await context.newPage();
  await page.goto(session.site.url + path, { waitUntil: 'domcontentloaded' });
  expect(await page.locator('script[type="module"]').count()).toBe(0);
  return page;
}

/** The `data-pivot` of every zone whose computed display is not `none`. */
function displayedZones(page: Page): Promise<string[]> {
  return page.locator('.learn-zone').evaluateAll((zones) => zones.filter((zone) => getComputedStyle(zone).display !== 'none').map((zone) => (zone as HTMLElement).dataset.pivot ?? ''));
}

describe('no flash of other pivots and tabs', () => {
  test('a ?pivots= link hides the other zones before the page scripts run', async () => {
    const page = await openBeforePageScripts(`${FOUNDRY}?pivots=programming-language-cli`);
    await expect(displayedZones(page)).resolves.toEqual(['programming-language-cli']);
    await expect(page.locator('.learn-pivots__list').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('the remembered pivot is applied before the page scripts run, and the URL wins over it', async () => {
    let page = await openBeforePageScripts(FOUNDRY, { 'learn-pivots': ['python-sdk'] });
    await expect(displayedZones(page)).resolves.toEqual(['python-sdk']);
    await page.context().close();
    page = await openBeforePageScripts(`${FOUNDRY}?pivots=programming-language-bicep`, { 'learn-pivots': ['python-sdk'] });
    await expect(displayedZones(page)).resolves.toEqual(['programming-language-bicep']);
    await page.context().close();
  });

  test('with no choice made, only the first pivot shows before the page scripts run', async () => {
    const page = await openBeforePageScripts(FOUNDRY);
    await expect(displayedZones(page)).resolves.toEqual(['ai-foundry-portal']);
    await page.context().close();
  });

  test('the remembered tab is shown in each group before the page scripts run', async () => {
    const page = await openBeforePageScripts(MACHINE_LEARNING, { 'learn-tabs': ['python'] });
    const shown = await page.locator('.learn-tabs').evaluateAll((groups) =>
      groups.map((group) => [...group.querySelectorAll<HTMLElement>(':scope > .learn-tabs__panel')].filter((panel) => getComputedStyle(panel).display !== 'none').map((panel) => panel.dataset.tab)),
    );
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual(Array(shown.length).fill(['python']));
    await page.context().close();
  });

  test('no frame paints another zone, with the page scripts running', async () => {
    const context = await session.browser.newContext(viewports.desktop);
    await context.addInitScript(() => {
      const frames: string[][] = [];
      (window as unknown as { zoneFrames: string[][] }).zoneFrames = frames;
      const record = () => {
        frames.push([...document.querySelectorAll<HTMLElement>('.learn-zone')].filter((zone) => getComputedStyle(zone).display !== 'none').map((zone) => zone.dataset.pivot ?? ''));
        if (frames.length < 30) requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    const page = await context.newPage();
    await page.goto(`${session.site.url}${FOUNDRY}?pivots=programming-language-cli`);
    await page.waitForFunction(() => (window as unknown as { zoneFrames: string[][] }).zoneFrames.length >= 30);
    const frames = await page.evaluate(() => (window as unknown as { zoneFrames: string[][] }).zoneFrames);
    expect(frames.filter((zones) => zones.length > 0).length).toBeGreaterThan(0);
    expect(frames.filter((zones) => zones.some((pivot) => pivot !== 'programming-language-cli'))).toEqual([]);
    await context.close();
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
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('every choice a reader can make stays accessible', () => {
  test.each(['Studio', 'Azure CLI', 'Python SDK', 'ARM'])('Azure ML guide with the %s tab chosen, desktop and phone', async (label) => {
    for (const options of Object.values(viewports)) {
      const context = await session.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(session.site.url + MACHINE_LEARNING);
      await page.locator('.learn-tabs').first().getByRole('tab', { name: label }).click();
      expect(new Set(await selectedTabs(page))).toEqual(new Set([label]));
      // Expressive Code makes a code block that scrolls sideways focusable once it has been laid out (debounced).
      await page.waitForFunction(() => [...document.querySelectorAll('pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  test.each(['ai-foundry-portal', 'programming-language-cli', 'python-sdk', 'programming-language-bicep'])('Foundry guide with the %s pivot chosen', async (pivot) => {
    const page = await open(`${FOUNDRY}?pivots=${pivot}`);
    await expect(page.locator(`.learn-zone:visible`).evaluateAll((zones) => zones.map((zone) => (zone as HTMLElement).dataset.pivot))).resolves.toEqual([pivot]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
