import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { report } from '../lib/diagnostics/diagnostic.ts';
import type { PivotGroup } from '../lib/guides/pivot-groups.ts';
import { learnBlock, learnLabel, type LearnZone } from './learn-nodes.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, type Locate } from './locate.ts';

export interface ZonesOptions {
  /** The pivot groups the document names in `zone_pivot_groups` (default: none; labels then fall back to the ids). */
  groups?: PivotGroup[];
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

const ZONE_START = /^:::[ \t]*zone[ \t]+pivot[ \t]*=[ \t]*"([^"]*)"[ \t]*$/i;
const ZONE_END = /^:::[ \t]*zone-end[ \t]*$/i;
const ZONE_LIKE = /^:::[ \t]*zone/i;
const PIVOT_ID = /^[a-z0-9-]+$/;
/** Custom element the page's inline script defines: it hides its zone, unless chosen, as soon as the zone starts to parse. */
const ZONE_RESTORE = 'learn-zone-restore';

type Marker = { kind: 'start'; pivots: string[]; node: RootContent } | { kind: 'end'; node: RootContent };

/**
 * Turns `::: zone pivot="id"` ... `::: zone-end` into zones, and puts a pivot
 * list at the top of the document.
 *
 * ```md
 * ::: zone pivot="python-sdk"
 * Install the SDK.
 * ::: zone-end
 * ```
 * becomes
 * ```html
 * <div class="learn-pivots" data-pivot-group="…">…one link per pivot…</div>
 * <div class="learn-zone" data-pivot="python-sdk" id="zone-python-sdk">
 *   <p class="learn-zone__label">Python SDK</p><learn-zone-restore></learn-zone-restore><p>Install the SDK.</p>
 * </div>
 * ```
 * Without script every zone shows under its label and the list links to
 * them; the page script makes the list a selector that shows one zone. So
 * that the other zones never flash, `<learn-zone-restore>` (defined by an
 * inline script before the content) hides them before they are painted.
 * A zone missing its `zone-end` runs to the end of its container (warning);
 * an unmatched `zone-end` is dropped (warning); an invalid zone line stays a
 * literal paragraph (warning); a zone opened inside another closes it first
 * (warning), since zones do not nest.
 */
const remarkLearnZones: Plugin<[ZonesOptions?], Root> = (options) => {
  const settings = options ?? {};
  const titles = new Map(settings.groups?.flatMap((group) => group.pivots.map((pivot) => [pivot.id, pivot.title] as const)));
  return (tree, file) => {
    const used: string[] = [];
    visitContainers(tree, (parent) => groupZones(parent, file, settings, titles, used));
    // Under the title, when the document opens with one.
    const at = tree.children[0]?.type === 'heading' && tree.children[0].depth === 1 ? 1 : 0;
    if (used.length > 0) tree.children.splice(at, 0, pivotList(settings.groups ?? [], used, titles));
  };
};

export default remarkLearnZones;

function groupZones(parent: Parent, file: VFile, settings: ZonesOptions, titles: Map<string, string>, used: string[]): void {
  const items = (parent.children as RootContent[]).flatMap((child) => splitMarkers(child, file, settings));
  if (!items.some((item) => 'kind' in item)) return;
  const out: RootContent[] = [];
  let zone: LearnZone | undefined;
  for (const item of items) {
    if (!('kind' in item)) {
      (zone ? zone.children : out).push(item as LearnZone['children'][number]);
      continue;
    }
    const place = placeOf(item.node.position?.start, settings.locate, file.path);
    if (item.kind === 'end') {
      if (zone) zone = undefined;
      else report(file, 'warning', 'zone-end-unmatched', 'Unexpected `::: zone-end` without an open zone; dropped', place);
      continue;
    }
    if (zone) report(file, 'warning', 'zone-nested', 'Unexpected `::: zone` inside a zone, expected `::: zone-end` first; zones do not nest, the open zone ends here', place);
    for (const pivot of item.pivots) {
      if (!titles.has(pivot)) report(file, 'warning', 'zone-pivot-unknown', `Pivot \`${pivot}\` is in none of the document's \`zone_pivot_groups\`; labelled from its id`, place);
    }
    const first = item.pivots.find((pivot) => !used.includes(pivot));
    used.push(...item.pivots.filter((pivot) => !used.includes(pivot)));
    const properties: Record<string, string | string[]> = { className: ['learn-zone'], dataPivot: item.pivots.join(' ') };
    if (first) properties.id = `zone-${first}`;
    zone = {
      type: 'learnZone',
      pivots: item.pivots,
      data: { hName: 'div', hProperties: properties },
      children: [learnLabel('p', { className: ['learn-zone__label'] }, item.pivots.map((pivot) => titleOf(pivot, titles)).join(', ')), learnBlock(ZONE_RESTORE, {}, [])],
    };
    zone.position = item.node.position!;
    out.push(zone);
  }
  if (zone) {
    const place = placeOf(zone.position?.start, settings.locate, file.path);
    report(file, 'warning', 'zone-unclosed', 'Missing `::: zone-end`; the zone runs to the end of its container', place);
  }
  parent.children = out;
}

/** A paragraph whose first or last line is a zone marker, split into the marker and the rest. */
function splitMarkers(node: RootContent, file: VFile, settings: ZonesOptions): (RootContent | Marker)[] {
  if (node.type !== 'paragraph') return [node];
  const before: Marker[] = [];
  const after: Marker[] = [];
  const first = node.children[0];
  if (first?.type === 'text') {
    const [line = '', ...rest] = first.value.split('\n');
    const marker = markerOf(line, node, file, settings);
    if (marker) {
      before.push(marker);
      first.value = rest.join('\n');
      if (first.value === '') node.children.shift();
    }
  }
  const last = node.children.at(-1);
  // A one-line paragraph was judged as a first line already.
  if (last?.type === 'text' && !(last === first && before.length === 0 && !first.value.includes('\n'))) {
    const lines = last.value.split('\n');
    const marker = markerOf(lines.at(-1)!, node, file, settings);
    if (marker) {
      after.push(marker);
      last.value = lines.slice(0, -1).join('\n');
      if (last.value === '') node.children.pop();
    }
  }
  return node.children.length > 0 ? [...before, trimParagraph(node), ...after] : [...before, ...after];
}

function markerOf(line: string, node: Paragraph, file: VFile, settings: ZonesOptions): Marker | undefined {
  const text = line.trim();
  if (!ZONE_LIKE.test(text)) return undefined;
  if (ZONE_END.test(text)) return { kind: 'end', node };
  const start = ZONE_START.exec(text);
  const pivots = start?.[1]!.split(',').map((pivot) => pivot.trim()) ?? [];
  if (start && pivots.every((pivot) => PIVOT_ID.test(pivot))) return { kind: 'start', pivots, node };
  const place = placeOf(node.position?.start, settings.locate, file.path);
  report(file, 'warning', 'zone-invalid', `Unexpected zone line \`${text}\`, expected \`::: zone pivot="id"\` with lowercase ids; rendered as text`, place);
  return undefined;
}

function trimParagraph(paragraph: Paragraph): Paragraph {
  const first = paragraph.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = paragraph.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return paragraph;
}

/** A readable form of an unknown pivot id: `python-sdk` -> `Python sdk`. */
function titleOf(pivot: string, titles: Map<string, string>): string {
  const title = titles.get(pivot);
  if (title) return title;
  const words = pivot.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The pivots the document uses, in the groups' order, as links to their first zone. */
function pivotList(groups: PivotGroup[], used: string[], titles: Map<string, string>) {
  const order = groups.flatMap((group) => group.pivots.map((pivot) => pivot.id));
  const pivots = [...used].sort((a, b) => rank(order, a) - rank(order, b));
  const prompt = groups[0]?.prompt ?? 'Choose a version of this article';
  return learnBlock('div', { className: ['learn-pivots'], dataPivotGroup: groups.map((group) => group.id).join(' ') }, [
    learnLabel('p', { className: ['learn-pivots__prompt'] }, `${prompt}:`),
    {
      type: 'list',
      ordered: false,
      spread: false,
      data: { hProperties: { className: ['learn-pivots__list'] } },
      children: pivots.map((pivot) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'link', url: `#zone-${pivot}`, data: { hProperties: { dataPivot: pivot } }, children: [{ type: 'text', value: titleOf(pivot, titles) }] }] }],
      })),
    },
  ]);
}

function rank(order: string[], pivot: string): number {
  const index = order.indexOf(pivot);
  return index === -1 ? order.length : index;
}
