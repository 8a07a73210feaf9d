import type { BlockContent, Data, DefinitionContent, Parent, PhrasingContent } from 'mdast';

/**
 * Nodes the Learn plugins add to mdast. Each carries `data.hName` and
 * `data.hProperties`, so `mdast-util-to-hast` turns it into an element without
 * a handler of its own.
 */
interface LearnBlockParent extends Parent {
  children: (BlockContent | DefinitionContent)[];
  data: Data & { hName: string; hProperties: Record<string, string | string[] | boolean> };
}

/** A zone of a pivoted article: `::: zone pivot="a, b"` ... `::: zone-end`. */
export interface LearnZone extends LearnBlockParent {
  type: 'learnZone';
  pivots: string[];
}

/** A group of tabs: from its first `# [Label](#tab/id)` heading to `---` or its container's end. */
export interface LearnTabGroup extends LearnBlockParent {
  type: 'learnTabGroup';
}

/** One tab of a group; its first child is the tab's label. */
export interface LearnTabPanel extends LearnBlockParent {
  type: 'learnTabPanel';
  ids: string[];
  /** For a dependent tab (`#tab/id/condition`): the tab id that must be selected elsewhere for it to show. */
  condition?: string | undefined;
}

/** A `> [!NOTE]` style alert, shaped like a Starlight aside. */
export interface LearnAlert extends LearnBlockParent {
  type: 'learnAlert';
  variant: 'note' | 'tip' | 'caution' | 'danger';
}

/** An element the plugins build around block content (labels, figures, notices). */
export interface LearnBlock extends LearnBlockParent {
  type: 'learnBlock';
}

/** An inline element the plugins build (inline notices, icons). */
export interface LearnInline extends Parent {
  type: 'learnInline';
  children: PhrasingContent[];
  data: Data & { hName: string; hProperties: Record<string, string | string[] | boolean> };
}

declare module 'mdast' {
  interface RootContentMap {
    learnZone: LearnZone;
    learnTabGroup: LearnTabGroup;
    learnTabPanel: LearnTabPanel;
    learnAlert: LearnAlert;
    learnBlock: LearnBlock;
    learnInline: LearnInline;
  }
  interface BlockContentMap {
    learnZone: LearnZone;
    learnTabGroup: LearnTabGroup;
    learnTabPanel: LearnTabPanel;
    learnAlert: LearnAlert;
    learnBlock: LearnBlock;
  }
  interface PhrasingContentMap {
    learnInline: LearnInline;
  }
}

type Properties = Record<string, string | string[] | boolean>;

/** A block element `tagName` with `properties` around `children`. */
export function learnBlock(tagName: string, properties: Properties, children: (BlockContent | DefinitionContent)[]): LearnBlock {
  return { type: 'learnBlock', data: { hName: tagName, hProperties: properties }, children };
}

/** An inline element `tagName` with `properties` around `children`. */
export function learnInline(tagName: string, properties: Properties, children: PhrasingContent[]): LearnInline {
  return { type: 'learnInline', data: { hName: tagName, hProperties: properties }, children };
}

/** A block element holding nothing but `text` (labels, titles, notices). */
export function learnLabel(tagName: string, properties: Properties, text: string): LearnBlock {
  return { type: 'learnBlock', data: { hName: tagName, hProperties: properties, hChildren: [{ type: 'text', value: text }] }, children: [] };
}
