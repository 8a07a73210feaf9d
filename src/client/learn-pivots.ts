import { remember } from './learn-storage.ts';
import { syncTableOfContents } from './learn-toc.ts';

/**
 * Turns the pivot list the zones plugin renders (links to every zone, all
 * zones visible) into a selector that shows one zone at a time. The choice is
 * in the URL as `?pivots=<id>`, as on Learn, and remembered across pages
 * (the key is read back by src/components/LearnRestore.astro).
 */
const STORAGE_KEY = 'learn-pivots';
const PARAM = 'pivots';

function pivotsOf(element: HTMLElement): string[] {
  return (element.dataset.pivot ?? '').split(' ').filter(Boolean);
}

function show(zones: HTMLElement[], pivot: string): void {
  for (const zone of zones) {
    zone.classList.add('learn-zone--switched');
    zone.hidden = !pivotsOf(zone).includes(pivot);
  }
  syncTableOfContents();
}

function setUrl(pivot: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(PARAM, pivot);
  history.replaceState(history.state, '', url);
}

const container = document.querySelector<HTMLElement>('.learn-pivots');
const zones = [...document.querySelectorAll<HTMLElement>('.learn-zone')];
if (container && zones.length > 0) {
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[data-pivot]')];
  const pivots = links.map((link) => link.dataset.pivot!);
  const fromUrl = (new URL(window.location.href).searchParams.get(PARAM) ?? '').split(',').map((p) => p.trim());
  // Chosen before the page was painted (from the URL, then the remembered choice): src/components/LearnRestore.astro.
  const restored = document.documentElement.dataset.learnPivot;
  const chosen = pivots.find((pivot) => pivot === restored) ?? pivots[0]!;

  const fieldset = document.createElement('fieldset');
  fieldset.className = 'learn-pivots__selector';
  const legend = document.createElement('legend');
  legend.className = 'learn-pivots__legend';
  legend.textContent = container.querySelector('.learn-pivots__prompt')?.textContent?.replace(/:\s*$/, '') ?? '';
  fieldset.append(legend);
  for (const link of links) {
    const label = document.createElement('label');
    label.className = 'learn-pivots__option';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'learn-pivot';
    input.value = link.dataset.pivot!;
    input.checked = input.value === chosen;
    label.append(input, ` ${link.textContent ?? input.value}`);
    fieldset.append(label);
  }
  fieldset.addEventListener('change', (event) => {
    const pivot = (event.target as HTMLInputElement).value;
    show(zones, pivot);
    setUrl(pivot);
    remember(STORAGE_KEY, pivot);
  });
  container.replaceChildren(fieldset);
  container.classList.add('learn-pivots--ready');
  show(zones, chosen);
  if (fromUrl.includes(chosen)) setUrl(chosen);
}
