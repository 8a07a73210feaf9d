import type { Parent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { report, type Place } from '../lib/diagnostics/diagnostic.ts';
import { learnBlock, learnLabel, type LearnBlock } from './learn-nodes.ts';
import { isMarker, splitMarkerLines } from './marker-lines.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, type Locate } from './locate.ts';

export interface MonikersOptions {
  /**
   * The set's versions in the order its publish config lists them (default:
   * the monikers the document names, in the order it names them); `>=` and
   * `<=` compare by that order, and the first is shown when none is chosen.
   */
  monikers?: string[];
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

type Marker = { kind: 'start'; range: string } | { kind: 'end' } | { kind: 'invalid' };

const START = /^:::[ \t]*moniker[ \t]+range[ \t]*=[ \t]*["“]([^"”]*)["”][ \t]*(?::::)?$/i;
const END = /^:::[ \t]*moniker-end[ \t]*(?::::)?$/i;
const LIKE = /^:::[ \t]*moniker/i;
const MONIKER = /^[a-z0-9][a-z0-9._-]*$/i;
const TERM = /^(>=|<=|>|<|=)?[ \t]*([^\s<>=]+)$/;
/** Custom element the page's inline script defines: it hides its block, unless it matches the chosen version, as soon as it parses. */
const MONIKER_RESTORE = 'learn-moniker-restore';

function markerOf(line: string): Marker | undefined {
  if (!LIKE.test(line)) return undefined;
  if (END.test(line)) return { kind: 'end' };
  const start = START.exec(line);
  return start ? { kind: 'start', range: start[1]!.trim() } : { kind: 'invalid' };
}

/**
 * Renders Learn's versioned content.
 *
 * ```md
 * ::: moniker range=">= azure-cli-2.60"
 * Use `az login --use-device-code`.
 * ::: moniker-end
 * ```
 * becomes
 * ```html
 * <div class="learn-monikers">…one link per version…</div>
 * <div class="learn-moniker" data-monikers="azure-cli-2.60 azure-cli-latest" id="moniker-azure-cli-2.60">
 *   <p class="learn-moniker__label">Applies to: azure-cli-2.60, azure-cli-latest</p><learn-moniker-restore></learn-moniker-restore>
 *   <p>Use <code>az login --use-device-code</code>.</p>
 * </div>
 * ```
 * A range is one or more alternatives joined by `||`; an alternative is one
 * or more terms separated by spaces (all must hold): a moniker, or `>=`,
 * `<=`, `>`, `<` and a moniker, compared in the set's order. Each block lists
 * the versions it holds for, so the page script (src/client/learn-monikers.ts)
 * only compares names: it shows the blocks of the version chosen with
 * `?view=<moniker>`, remembered across pages, as Learn's version picker does.
 * Without script every block shows under its label.
 *
 * A missing `moniker-end` runs to the end of its container, an unmatched one
 * is dropped, a moniker inside another closes it, and an unreadable line
 * renders as text: each a warning.
 */
const remarkLearnMonikers: Plugin<[MonikersOptions?], Root> = (options) => {
  const settings = options ?? {};
  return (tree, file) => {
    const blocks: { block: LearnBlock; range: string; place: Place }[] = [];
    visitContainers(tree, (parent) => groupMonikers(parent, file, settings, blocks));
    if (blocks.length === 0) return;
    const order = knownOrder(settings.monikers ?? [], blocks, file);
    const used: string[] = [];
    for (const { block, range, place } of blocks) {
      const monikers = matching(range, order, file, place);
      if (monikers.length === 0) report(file, 'warning', 'moniker-range-empty', `Moniker range \`${range}\` matches none of the set's versions (${order.join(', ') || 'none known'}); shown for none with script`, place);
      const first = monikers.find((m) => !used.includes(m));
      used.push(...monikers.filter((m) => !used.includes(m)));
      block.data.hProperties.dataMonikers = monikers.join(' ');
      if (first) block.data.hProperties.id = `moniker-${first}`;
      block.children.unshift(learnLabel('p', { className: ['learn-moniker__label'] }, `Applies to: ${monikers.join(', ') || range}`), learnBlock(MONIKER_RESTORE, {}, []));
    }
    const at = tree.children[0]?.type === 'heading' && tree.children[0].depth === 1 ? 1 : 0;
    const versions = order.filter((m) => used.includes(m));
    if (versions.length > 0) tree.children.splice(at, 0, versionList(versions));
  };
};

export default remarkLearnMonikers;

function groupMonikers(parent: Parent, file: VFile, settings: MonikersOptions, blocks: { block: LearnBlock; range: string; place: Place }[]): void {
  const items = (parent.children as RootContent[]).flatMap((child) => splitMarkerLines(child, markerOf, file.value));
  if (!items.some(isMarker)) return;
  const out: RootContent[] = [];
  let open: { block: LearnBlock; place: Place } | undefined;
  for (const item of items) {
    if (!isMarker(item)) {
      (open ? open.block.children : out).push(item as LearnBlock['children'][number]);
      continue;
    }
    const place = placeOf(item.point, settings.locate, file.path);
    const { marker } = item;
    if (marker.kind === 'invalid') {
      report(file, 'warning', 'moniker-invalid', `Unexpected moniker line \`${item.line}\`, expected \`::: moniker range="…"\` or \`::: moniker-end\`; shown as text without its markers`, place);
      continue;
    }
    if (marker.kind === 'end') {
      if (open) open = undefined;
      else report(file, 'warning', 'moniker-end-unmatched', 'Unexpected `::: moniker-end` without an open moniker block; dropped', place);
      continue;
    }
    if (open) report(file, 'warning', 'moniker-nested', 'Unexpected `::: moniker` inside a moniker block, expected `::: moniker-end` first; moniker blocks do not nest, the open one ends here', place);
    const block = learnBlock('div', { className: ['learn-moniker'] }, []);
    blocks.push({ block, range: marker.range, place });
    out.push(block);
    open = { block, place };
  }
  if (open) report(file, 'warning', 'moniker-unclosed', 'Missing `::: moniker-end`; the block runs to the end of its container', open.place);
  parent.children = out;
}

/** The set's order, then monikers only the document names, in the order it names them (a warning when the set lists its versions). */
function knownOrder(known: string[], blocks: { range: string; place: Place }[], file: VFile): string[] {
  const order = [...known];
  for (const { range, place } of blocks) {
    for (const term of range.split(/\|\||\s+/)) {
      const name = term.replace(/^(>=|<=|>|<|=)/, '').trim();
      if (!MONIKER.test(name) || order.includes(name)) continue;
      if (known.length > 0) report(file, 'warning', 'moniker-unknown', `Version \`${name}\` in moniker range \`${range}\` is not among the set's versions (${known.join(', ')}); offered as one of this page's`, place);
      order.push(name);
    }
  }
  return order;
}

/** The versions of `order` a range holds for. */
function matching(range: string, order: string[], file: VFile, place: Place): string[] {
  const alternatives = range.split('||').map((alternative) => alternative.trim().replace(/(>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter(Boolean));
  const tests: ((index: number) => boolean)[][] = [];
  for (const terms of alternatives) {
    const all: ((index: number) => boolean)[] = [];
    for (const term of terms) {
      const match = TERM.exec(term);
      const at = match ? order.indexOf(match[2]!) : -1;
      if (!match || at === -1) {
        report(file, 'warning', 'moniker-range-invalid', `Unexpected \`${term}\` in moniker range \`${range}\`, expected a version, optionally after \`>=\`, \`<=\`, \`>\` or \`<\``, place);
        all.push(() => false);
        continue;
      }
      const op = match[1] ?? '=';
      all.push((index) => (op === '>=' ? index >= at : op === '<=' ? index <= at : op === '>' ? index > at : op === '<' ? index < at : index === at));
    }
    tests.push(all);
  }
  return order.filter((_, index) => tests.some((all) => all.length > 0 && all.every((holds) => holds(index))));
}

/** The page's versions as links to their first block; the page script makes them a switch. */
function versionList(versions: string[]): LearnBlock {
  return learnBlock('div', { className: ['learn-monikers'] }, [
    learnLabel('p', { className: ['learn-monikers__prompt'] }, 'Version:'),
    {
      type: 'list',
      ordered: false,
      spread: false,
      data: { hProperties: { className: ['learn-monikers__list'] } },
      children: versions.map((moniker) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'link', url: `#moniker-${moniker}`, data: { hProperties: { dataMoniker: moniker } }, children: [{ type: 'text', value: moniker }] }] }],
      })),
    },
  ]);
}
