import type { Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { readTabLink, soleLink, TAB_HREF, type TabLink } from '../lib/content/tab-link.ts';
import { report } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock, learnLabel, type LearnTabGroup, type LearnTabPanel } from './learn-nodes.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, type Locate } from './locate.ts';

export interface TabsOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** Custom element the page's inline script defines: it hides its panel, unless chosen, as soon as the panel starts to parse. */
const TAB_RESTORE = 'learn-tabs-restore';

/**
 * Turns Learn tab headings into tab groups.
 *
 * ```md
 * # [Azure CLI](#tab/cli)
 * Run `az`.
 * # [Python SDK](#tab/python)
 * Run `pip`.
 * ---
 * ```
 * becomes
 * ```html
 * <div class="learn-tabs" data-tabs="cli python">
 *   <section class="learn-tabs__panel" data-tab="cli"><p class="learn-tabs__label">Azure CLI</p><learn-tabs-restore></learn-tabs-restore><p>Run <code>az</code>.</p></section>
 *   <section class="learn-tabs__panel" data-tab="python"><p class="learn-tabs__label">Python SDK</p><learn-tabs-restore></learn-tabs-restore><p>Run <code>pip</code>.</p></section>
 * </div>
 * ```
 * As in DocFX, a group runs from its first tab heading to a thematic break
 * (which it consumes) or the end of its container (document, list item, block
 * quote, zone); a heading that is no tab heading is content of the current
 * tab. Without script every panel shows with its label; the page script turns
 * groups into ARIA tabs and syncs them by id. So that the other panels never
 * flash, `<learn-tabs-restore>` (defined by an inline script before the
 * content) hides them before they are painted; it needs the whole group's ids,
 * hence `data-tabs` (panels in order, a panel's ids joined by `+`, then
 * `/condition` for a dependent tab).
 *
 * A dependent tab (`#tab/id/condition`) is shown only while tab `condition`
 * is selected in another group; its panel carries `data-tab-condition` and,
 * for readers without script, a line naming the condition ("With Linux").
 * Several tabs of a group may share an id when their conditions differ.
 */
const remarkLearnTabs: Plugin<[TabsOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    const labels = tabLabels(tree);
    visitContainers(tree, (parent) => groupTabs(parent, file, settings, labels));
  };
};

export default remarkLearnTabs;

function groupTabs(parent: Parent, file: VFile, settings: TabsOptions, labels: Map<string, string>): void {
  const children = parent.children as RootContent[];
  if (!children.some((child) => tabOf(child) || isBrokenTab(child))) return;
  const out: RootContent[] = [];
  let group: LearnTabGroup | undefined;
  let panel: LearnTabPanel | undefined;
  let seen = new Set<string>();
  for (const child of children) {
    const tab = tabOf(child);
    if (!tab && isBrokenTab(child)) {
      const place = placeOf(child.position?.start, settings.locate, file.path);
      report(file, 'warning', 'tab-invalid-id', 'Unexpected tab link, expected `#tab/<id>` with an id of letters, digits and `-`; rendered as a heading', place);
    }
    if (tab) {
      if (!group) {
        group = { type: 'learnTabGroup', data: { hName: 'div', hProperties: { className: ['learn-tabs'] } }, children: [] };
        seen = new Set();
        out.push(group);
      }
      const place = placeOf(child.position?.start, settings.locate, file.path);
      for (const id of tab.ids) {
        // Dependent tabs answer to their id only under their condition: `id` twice with different conditions is fine.
        const key = tab.condition ? `${id}/${tab.condition}` : id;
        if (seen.has(key)) report(file, 'warning', 'tab-duplicate-id', `Unexpected second tab \`${key}\` in one group, expected each tab id once`, place);
        seen.add(key);
      }
      const properties: Record<string, string | string[]> = { className: ['learn-tabs__panel'], dataTab: tab.ids.join(' ') };
      const children: LearnTabPanel['children'] = [{ type: 'paragraph', data: { hProperties: { className: ['learn-tabs__label'] } }, children: tab.link.children }];
      if (tab.condition) {
        const condition = labels.get(tab.condition);
        if (!condition) report(file, 'warning', 'tab-condition-unknown', `Unexpected condition \`${tab.condition}\` in \`${tab.link.url}\`, expected the id of a tab elsewhere on the page; the tab never shows with script`, place);
        properties.dataTabCondition = tab.condition;
        children.push(learnLabel('p', { className: ['learn-tabs__condition'] }, `With ${condition ?? tab.condition}`));
      }
      children.push(learnBlock(TAB_RESTORE, {}, []));
      panel = { type: 'learnTabPanel', ids: tab.ids, condition: tab.condition, data: { hName: 'section', hProperties: properties }, children };
      group.children.push(panel);
      group.data.hProperties.dataTabs = group.children.filter((each) => each.type === 'learnTabPanel').map(tabKey).join(' ');
      continue;
    }
    if (group && child.type === 'thematicBreak') {
      group = undefined;
      panel = undefined;
      continue;
    }
    if (panel) panel.children.push(child as LearnTabPanel['children'][number]);
    else out.push(child);
  }
  parent.children = out;
}

/** A panel in `data-tabs`: its ids joined by `+`, then `/condition` for a dependent tab. */
function tabKey(panel: LearnTabPanel): string {
  return panel.ids.join('+') + (panel.condition ? `/${panel.condition}` : '');
}

/** The label of every tab id on the page, for naming a dependent tab's condition. */
function tabLabels(tree: Root): Map<string, string> {
  const labels = new Map<string, string>();
  visit(tree, 'heading', (heading) => {
    const tab = tabOf(heading);
    for (const id of tab?.ids ?? []) if (!labels.has(id)) labels.set(id, toString(tab!.link).trim());
  });
  return labels;
}

function tabOf(node: RootContent): TabLink | undefined {
  return node.type === 'heading' ? readTabLink(node) : undefined;
}

function isBrokenTab(node: RootContent): boolean {
  if (node.type !== 'heading') return false;
  const link = soleLink(node);
  return link !== undefined && link.url.toLowerCase().startsWith('#tab/') && !TAB_HREF.test(link.url);
}
