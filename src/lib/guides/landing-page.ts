import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import linkListTypes from '../../data/learn-link-list-types.json' with { type: 'json' };
import { resolveLink } from '../content/resolve-link.ts';
import { siteOf } from '../content/source-meta.ts';
import { report } from '../diagnostics/diagnostic.ts';
import type { GuideHeading } from './heading-ids.ts';

export interface LandingPageOptions {
  /** The content root links are resolved in. */
  root: string;
  /** The site route of a content path, or `undefined` when the site has no page for it. */
  route: (contentPath: string) => string | undefined;
}

export interface LandingPage {
  title: string;
  description?: string;
  /** The page's `metadata`, as Learn front matter. */
  frontMatter: Record<string, unknown>;
  html: string;
  headings: GuideHeading[];
  file: VFile;
}

interface LinkItem {
  text: string;
  url: string;
  line: number;
}

interface LinkSection {
  title?: string;
  /** A list's caption (`linkListType`, a hub's item title). */
  lists: { caption?: string; links: LinkItem[] }[];
}

const typeLabels: Readonly<Record<string, string>> = linkListTypes.types;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Renders a Learn YAML landing or hub page (`### YamlMime:Landing` / `Hub`)
 * as what a reader sees upstream: its title and summary, then each section's
 * titled lists of links. Links to pages of the set go to their routes,
 * site-absolute ones to the source's site; what cannot be read is a
 * diagnostic, never raw YAML on the page.
 */
export function renderLandingPage(contentPath: string, options: LandingPageOptions): LandingPage {
  const raw = readFileSync(path.join(options.root, contentPath), 'utf8');
  const file = new VFile({ path: contentPath, value: raw });
  const lines = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lines, prettyErrors: false });
  for (const error of doc.errors) {
    report(file, 'warning', 'landing-page-invalid', `Landing page is not valid YAML (${error.message.split('\n')[0]}); rendered as far as it reads`, { line: error.linePos?.[0].line ?? 1 });
  }
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | undefined)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  const root = doc.contents;
  const data = (isMap(root) ? root.toJSON() : {}) as Record<string, unknown>;
  const metadata = (data.metadata && typeof data.metadata === 'object' ? data.metadata : {}) as Record<string, unknown>;
  const title = stringOf(data.title) ?? stringOf(metadata.title) ?? contentPath;
  const summary = stringOf(data.summary) ?? stringOf(metadata.description);

  /** Every `{ text | title, url | href }` in a YAML list, in order, with its line. */
  const linksIn = (seq: unknown): LinkItem[] =>
    isSeq(seq)
      ? seq.items.flatMap((node) => {
          if (!isMap(node)) return [];
          const text = stringOf(node.get('text')) ?? stringOf(node.get('title'));
          const url = stringOf(node.get('url')) ?? stringOf(node.get('href'));
          return text && url ? [{ text, url, line: lineOf(node) }] : [];
        })
      : [];
  const sections: LinkSection[] = [];
  const landing = isMap(root) ? root.get('landingContent', true) : undefined;
  if (isSeq(landing)) {
    for (const section of landing.items) {
      if (!isMap(section)) continue;
      const linkLists: unknown = section.get('linkLists', true);
      const lists = isSeq(linkLists) ? linkLists.items : [];
      sections.push({
        title: stringOf(section.get('title')),
        lists: lists.flatMap((list) => (isMap(list) ? [{ caption: captionOf(stringOf(list.get('linkListType'))), links: linksIn(list.get('links', true)) }] : [])),
      });
    }
  }
  if (isMap(root)) {
    // Hub pages: highlighted links, then titled groups of links (conceptual content, tools, additional sections).
    const highlighted = root.getIn(['highlightedContent', 'items'], true);
    if (isSeq(highlighted)) sections.push({ lists: [{ links: linksIn(highlighted) }] });
    for (const key of ['conceptualContent', 'tools']) {
      const block = root.get(key, true);
      if (!isMap(block)) continue;
      const items = block.get('items', true);
      const groups = isSeq(items) ? items.items.filter(isMap) : [];
      const direct = linksIn(items);
      sections.push({
        title: stringOf(block.get('title')),
        lists: groups.some((group) => isSeq(group.get('links', true)))
          ? groups.map((group) => ({ caption: stringOf(group.get('title')), links: linksIn(group.get('links', true)) }))
          : [{ links: direct }],
      });
    }
    const additional = root.getIn(['additionalContent', 'sections'], true);
    if (isSeq(additional)) {
      for (const section of additional.items.filter(isMap)) {
        const items = section.get('items', true);
        sections.push({
          title: stringOf(section.get('title')),
          lists: isSeq(items) ? items.items.filter(isMap).map((item) => ({ caption: stringOf(item.get('title')), links: linksIn(item.get('links', true)) })) : [],
        });
      }
    }
  }
  if (sections.length === 0) report(file, 'warning', 'landing-page-empty', 'Landing page has no `landingContent` or hub sections to show; only its title and summary are rendered', { line: 1 });

  const headings: GuideHeading[] = [];
  const slugs = new Map<string, number>();
  const headingId = (text: string) => {
    const base = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    const count = slugs.get(base) ?? 0;
    slugs.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
  const link = (item: LinkItem): ElementContent => {
    const href = resolveHref(item, contentPath, file, options);
    return href ? h('a', { href }, item.text) : h('span', item.text);
  };
  const body: ElementContent[] = [];
  if (summary) body.push(h('p', { className: ['learn-landing__summary'] }, summary.trim()));
  for (const section of sections) {
    const lists = section.lists.filter((list) => list.links.length > 0);
    if (lists.length === 0) continue;
    const children: ElementContent[] = [];
    if (section.title) {
      const id = headingId(section.title);
      headings.push({ depth: 2, slug: id, text: section.title });
      children.push(h('h2', { id }, section.title));
    }
    for (const list of lists) {
      if (list.caption) children.push(h('p', { className: ['learn-landing__caption'] }, list.caption));
      children.push(h('ul', { className: ['learn-landing__links'] }, list.links.map((item) => h('li', [link(item)]))));
    }
    body.push(h('section', { className: ['learn-landing__section'] }, children));
  }
  const description = stringOf(metadata.description) ?? summary?.trim();
  const page: LandingPage = { title, frontMatter: metadata, html: toHtml(h('div', { className: ['learn-landing'] }, body)), headings, file };
  if (description) page.description = description;
  return page;
}

function stringOf(value: unknown): string | undefined {
  const text = value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
  return typeof text === 'string' && text.trim() ? text : undefined;
}

function captionOf(type: string | undefined): string | undefined {
  if (!type) return undefined;
  return typeLabels[type] ?? type.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
}

/** A link's target on this site, upstream, or `undefined` (diagnosed) when it resolves nowhere. */
function resolveHref(item: LinkItem, contentPath: string, file: VFile, options: LandingPageOptions): string | undefined {
  const url = item.url.trim();
  if (url.startsWith('#') || SCHEME.test(url)) return url;
  if (url.startsWith('/')) {
    const site = siteOf(contentPath);
    if (site) return new URL(url, site.url).href;
    report(file, 'warning', 'link-unresolved', `Site-absolute link \`${url}\` has no known site to resolve against; shown as text`, { line: item.line });
    return undefined;
  }
  const [beforeQuery = ''] = url.split('?');
  const resolved = resolveLink(options.root, contentPath, beforeQuery);
  if (resolved.kind === 'page') {
    const route = options.route(resolved.path);
    if (route) return route + (resolved.hash ? `#${resolved.hash}` : '');
  }
  if (resolved.kind === 'upstream') return resolved.url;
  report(file, 'warning', 'link-unresolved', `Link \`${url}\` resolves to no page here or upstream; shown as text`, { line: item.line });
  return undefined;
}
