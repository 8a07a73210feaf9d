import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist, type Site } from './support.ts';

export interface OpenSite {
  readonly site: Site;
  readonly browser: Browser;
}

/** Serves the built site and starts Chromium for the test file's duration. */
export function openSite(dist?: string): OpenSite {
  const session = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    session.site = await serveDist(dist);
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
