import { remember } from './learn-storage.ts';
import { syncTableOfContents } from './learn-toc.ts';

/**
 * Turns the tab groups the tabs plugin renders (every panel visible with its
 * label) into ARIA tabs. Groups sync by tab id, as on Learn: choosing
 * "Python SDK" in one group selects it in every group that has it, and the
 * choice is remembered for the next page (the key is read back by
 * src/components/LearnRestore.astro). A dependent tab shows only while its
 * condition is selected in another group.
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
    // Dependent tabs whose condition is not selected are hidden: the keys move between the shown ones.
    const shown = tabs.filter((tab) => !tab.hidden);
    const current = shown.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: shown.length - 1 }[event.key];
    if (current === -1 || next === undefined) return;
    event.preventDefault();
    const tab = shown[(next + shown.length) % shown.length]!;
    choose(group, tabs.indexOf(tab));
    tab.focus();
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

function selectedIndex(group: Group): number {
  return group.tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
}

/**
 * Which tabs of `group` may show: a dependent tab (`data-tab-condition`) only
 * while its condition is selected in another group. When none may, all do,
 * so a group never goes empty.
 */
function available(group: Group): boolean[] {
  const elsewhere = new Set(
    groups.filter((other) => other !== group).flatMap((other) => {
      const index = selectedIndex(other);
      return index === -1 ? [] : idsOf(other.panels[index]!);
    }),
  );
  const open = group.panels.map((panel) => !panel.dataset.tabCondition || elsewhere.has(panel.dataset.tabCondition));
  return open.some(Boolean) ? open : open.map(() => true);
}

/** Hides dependent tabs whose condition is not selected; a group on such a tab moves to the shown tab with the same id, else its first shown tab. */
function applyConditions(): void {
  for (const group of groups) {
    if (!group.panels.some((panel) => panel.dataset.tabCondition)) continue;
    const open = available(group);
    group.tabs.forEach((tab, i) => (tab.hidden = !open[i]));
    const current = selectedIndex(group);
    if (current !== -1 && open[current]) continue;
    const id = current === -1 ? undefined : idsOf(group.panels[current]!)[0];
    const same = group.panels.findIndex((panel, i) => open[i] && id !== undefined && idsOf(panel).includes(id));
    select(group, same !== -1 ? same : open.indexOf(true));
  }
}

/** Selects a tab and every tab sharing its id elsewhere, keeping the chosen tab where it was on screen. */
function choose(group: Group, index: number): void {
  const tab = group.tabs[index]!;
  const before = tab.getBoundingClientRect().top;
  const id = idsOf(group.panels[index]!)[0];
  select(group, index);
  if (id) {
    for (const other of groups) {
      if (other === group) continue;
      const open = available(other);
      const match = other.panels.findIndex((panel, i) => open[i] && idsOf(panel).includes(id));
      if (match !== -1) select(other, match);
    }
    remember(STORAGE_KEY, id);
  }
  applyConditions();
  window.scrollBy(0, tab.getBoundingClientRect().top - before);
  syncTableOfContents();
}

const roots = document.querySelectorAll<HTMLElement>('.learn-tabs');
roots.forEach((root, index) => groups.push(build(root, index)));
if (groups.length > 0) {
  // Each group keeps the panel src/components/LearnRestore.astro left visible (the remembered tab) before the page was painted.
  for (const group of groups) select(group, Math.max(0, group.panels.findIndex((panel) => !panel.hidden)));
  applyConditions();
  syncTableOfContents();
}
