import { remember } from './learn-storage.ts';
import { syncTableOfContents } from './learn-toc.ts';

/**
 * Turns the version list the monikers plugin renders (links to every
 * versioned block, all blocks visible) into a switch that shows the blocks of
 * one version. The choice is in the URL as `?view=<moniker>`, as on Learn, and
 * remembered across pages (the key is read back by src/components/LearnRestore.astro).
 */
const STORAGE_KEY = 'learn-monikers';
const PARAM = 'view';

function show(blocks: HTMLElement[], moniker: string): void {
  for (const block of blocks) {
    block.classList.add('learn-moniker--switched');
    block.hidden = !(block.dataset.monikers ?? '').split(' ').includes(moniker);
  }
  syncTableOfContents();
}

function setUrl(moniker: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(PARAM, moniker);
  history.replaceState(history.state, '', url);
}

const container = document.querySelector<HTMLElement>('.learn-monikers');
const blocks = [...document.querySelectorAll<HTMLElement>('.learn-moniker')];
if (container && blocks.length > 0) {
  const monikers = [...container.querySelectorAll<HTMLAnchorElement>('a[data-moniker]')].map((link) => link.dataset.moniker!);
  const fromUrl = new URL(window.location.href).searchParams.get(PARAM);
  // Chosen before the page was painted (from the URL, then the remembered choice): src/components/LearnRestore.astro.
  const restored = document.documentElement.dataset.learnMoniker;
  const chosen = monikers.find((moniker) => moniker === restored) ?? monikers[0]!;

  const label = document.createElement('label');
  label.className = 'learn-monikers__switch';
  label.append('Version ');
  const select = document.createElement('select');
  for (const moniker of monikers) select.append(new Option(moniker, moniker, false, moniker === chosen));
  label.append(select);
  select.addEventListener('change', () => {
    show(blocks, select.value);
    setUrl(select.value);
    remember(STORAGE_KEY, select.value);
  });
  container.replaceChildren(label);
  container.classList.add('learn-monikers--ready');
  show(blocks, chosen);
  if (fromUrl === chosen) setUrl(chosen);
}
