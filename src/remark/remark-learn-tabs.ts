import type { Heading, Link, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../lib/diagnostics/diagnostic.ts';
import type { LearnTabGroup, LearnTabPanel } from './learn-nodes.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, type Locate } from './locate.ts';

export interface TabsOptions {
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** `#tab/<id>` with `a+b` for a tab answering to several ids, and an optional `/<condition>`. */
const TAB_HREF = /^#tab\/([a-z0-9-]+(?:\+[a-z0-9-]+)*)(?:\/([a-z0-9-]+))?$/i;

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
 * <div class="learn-tabs">
 *   <section class="learn-tabs__panel" data-tab="cli"><p class="learn-tabs__label">Azure CLI</p><p>Run <code>az</code>.</p></section>
 *   <section class="learn-tabs__panel" data-tab="python"><p class="learn-tabs__label">Python SDK</p><p>Run <code>pip</code>.</p></section>
 * </div>
 * ```
 * As in DocFX, a group runs from its first tab heading to a thematic break
 * (which it consumes) or the end of its container (document, list item, block
 * quote, zone); a heading that is no tab heading is content of the current
 * tab. Without script every panel shows with its label; the page script turns
 * groups into ARIA tabs and syncs them by id.
 *
 * Differs from Learn on purpose: a dependent tab (`#tab/id/condition`) is shown
 * as an ordinary tab, with an info message.
 */
const remarkLearnTabs: Plugin<[TabsOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    visitContainers(tree, (parent) => groupTabs(parent, file, settings));
  };
};

export default remarkLearnTabs;

function groupTabs(parent: Parent, file: VFile, settings: TabsOptions): void {
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
        if (seen.has(id)) report(file, 'warning', 'tab-duplicate-id', `Unexpected second tab \`${id}\` in one group, expected each tab id once`, place);
        seen.add(id);
      }
      if (tab.condition) report(file, 'info', 'tab-condition-ignored', `Dependent tab \`${tab.href}\` is shown as an ordinary tab; the condition \`${tab.condition}\` is not applied`, place);
      panel = {
        type: 'learnTabPanel',
        ids: tab.ids,
        data: { hName: 'section', hProperties: { className: ['learn-tabs__panel'], dataTab: tab.ids.join(' ') } },
        children: [{ type: 'paragraph', data: { hProperties: { className: ['learn-tabs__label'] } }, children: tab.link.children }],
      };
      group.children.push(panel);
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

function tabOf(node: RootContent): { ids: string[]; condition?: string; href: string; link: Link } | undefined {
  if (node.type !== 'heading') return undefined;
  const link = soleLink(node);
  const match = link ? TAB_HREF.exec(link.url) : null;
  if (!link || !match) return undefined;
  const tab = { ids: match[1]!.toLowerCase().split('+'), href: link.url, link };
  return match[2] ? { ...tab, condition: match[2].toLowerCase() } : tab;
}

function isBrokenTab(node: RootContent): boolean {
  if (node.type !== 'heading') return false;
  const link = soleLink(node);
  return link !== undefined && link.url.toLowerCase().startsWith('#tab/') && !TAB_HREF.test(link.url);
}

/** The heading's link when it holds nothing else but white space. */
function soleLink(heading: Heading): Link | undefined {
  const content = heading.children.filter((child) => !(child.type === 'text' && toString(child).trim() === ''));
  return content.length === 1 && content[0]!.type === 'link' ? content[0] : undefined;
}
