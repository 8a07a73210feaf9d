import { recall, remember } from './learn-storage.ts';
import { syncTableOfContents } from './learn-toc.ts';

/**
 * Turns the tab groups the tabs plugin renders (every panel visible with its
 * label) into ARIA tabs. Groups sync by tab id, as on Learn: choosing
 * "Python SDK" in one group selects it in every group that has it, and the
 * choice is remembered for the next page.
 */
const STORAGE_KEY = 'learn-tabs';

interface Group {
  tabs: HTMLButtonElement[];
  panels: HTMLElement[];
}

const groups: Group[] = [];

function idsOf(panel: HTMLElement): string[] {
  return (panel.dataset.tab ?? '').split(' ').filter(Boolean);
}

function build(root: HTMLElement, groupIndex: number): Group {
  const panels = [...root.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.classList.contains('learn-tabs__panel'));
  const list = document.createElement('div');
  list.className = 'learn-tabs__list';
  list.setAttribute('role', 'tablist');
  const tabs = panels.map((panel, index) => {
    const id = `learn-tab-${groupIndex}-${index}`;
    panel.id = `${id}-panel`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', id);
    panel.tabIndex = 0;
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = id;
    tab.className = 'learn-tabs__tab';
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    tab.textContent = panel.querySelector('.learn-tabs__label')?.textContent?.trim() ?? idsOf(panel).join(', ');
    list.append(tab);
    return tab;
  });
  root.prepend(list);
  root.classList.add('learn-tabs--ready');
  const group = { tabs, panels };
  list.addEventListener('click', (event) => {
    const index = tabs.indexOf((event.target as Element).closest('button') as HTMLButtonElement);
    if (index !== -1) choose(group, index);
  });
  list.addEventListener('keydown', (event) => {
    const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (current === -1 || next === undefined) return;
    event.preventDefault();
    const index = (next + tabs.length) % tabs.length;
    choose(group, index);
    tabs[index]!.focus();
  });
  return group;
}

function select(group: Group, index: number): void {
  group.tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
  });
  group.panels.forEach((panel, i) => (panel.hidden = i !== index));
}

/** Selects a tab and every tab sharing its id elsewhere, keeping the chosen tab where it was on screen. */
function choose(group: Group, index: number): void {
  const tab = group.tabs[index]!;
  const before = tab.getBoundingClientRect().top;
  const id = idsOf(group.panels[index]!)[0];
  select(group, index);
  if (id) {
    for (const other of groups) {
      const match = other.panels.findIndex((panel) => idsOf(panel).includes(id));
      if (match !== -1) select(other, match);
    }
    remember(STORAGE_KEY, id);
  }
  window.scrollBy(0, tab.getBoundingClientRect().top - before);
  syncTableOfContents();
}

const roots = document.querySelectorAll<HTMLElement>('.learn-tabs');
roots.forEach((root, index) => groups.push(build(root, index)));
if (groups.length > 0) {
  const remembered = recall(STORAGE_KEY);
  for (const group of groups) {
    const id = remembered.find((r) => group.panels.some((panel) => idsOf(panel).includes(r)));
    select(group, id ? group.panels.findIndex((panel) => idsOf(panel).includes(id)) : 0);
  }
  syncTableOfContents();
}
