import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { ResolvedSiteConfig, ResolvedSource } from '../../config/load-site-config.ts';
import { pathInSource, siteConfig, sourceDocuments, sourceOf } from '../../config/site-sources.ts';
import { splitFrontMatter } from '../../content/front-matter.ts';
import { INCLUDE_TOKEN } from '../../content/include-syntax.ts';
import { resolveInsideRoot } from '../../content/path-guard.ts';
import { articlePath, sourceMeta } from '../../content/source-meta.ts';
import { diagnosticsOf, report, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { guideRoute } from '../routes.ts';
import { readToc, type TocItem } from './read-toc.ts';

/** One sidebar entry: a page of the site, a link elsewhere, or a group of entries. */
export type NavItem =
  | { type: 'page'; label: string; path: string; route: string }
  | { type: 'link'; label: string; href: string }
  | { type: 'group'; label: string; collapsed: boolean; items: NavItem[] };

export interface SourceNavigation {
  source: ResolvedSource;
  /** The group's label: `sidebar.label`, else `product`, else `publisher`. */
  label: string;
  collapsed: boolean;
  items: NavItem[];
  /** The TOC file the navigation was read from (content-relative), when there is one. */
  toc?: string;
  /** A page's extra search words (`displayName` in its TOC entries), by content path. */
  searchWords: Map<string, string[]>;
  /** Problems in the TOC files: targets that are missing, entries that cannot be read. */
  diagnostics: Diagnostic[];
}

const TOC_NAMES = ['TOC.yml', 'toc.yml'];
const TOC_FILE = /(^|\/)toc\.ya?ml$/i;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A source's sidebar. From its Learn TOC (`sidebar.toc`, else `TOC.yml` or
 * `toc.yml` in its folder) when it has one: entries in the TOC's order, an
 * `href` to a folder or another TOC nesting that TOC, pages the TOC does not
 * name listed after them. Without one, from its folder tree, titled from
 * front matter. Older dated versions (`x@2024-05-21.md`) and files other
 * documents include are never listed.
 */
export function sourceNavigation(source: ResolvedSource, config: ResolvedSiteConfig = siteConfig()): SourceNavigation {
  const documents = sourceDocuments(config, { landingPages: true }).filter((contentPath) => sourceOf(contentPath, config) === source);
  const included = includedFiles(config, documents);
  const pages = documents.filter((contentPath) => !included.has(contentPath) && articlePath(contentPath) === contentPath && guideRoute(contentPath, config) !== undefined);
  const label = source.sidebar?.label ?? source.product ?? source.publisher;
  const navigation: SourceNavigation = { source, label, collapsed: source.sidebar?.collapsed ?? false, items: [], searchWords: new Map(), diagnostics: [] };
  const toc = tocFileOf(source);
  if (!toc) {
    navigation.items = folderTree(pages, source, config);
    return navigation;
  }
  navigation.toc = toc;
  const reader = new TocReader(config, source, pages, navigation);
  navigation.items = reader.read(toc, new Set());
  const unlisted = pages.filter((contentPath) => !reader.listed.has(contentPath));
  navigation.items.push(...unlisted.map((contentPath) => pageItem(contentPath, pageTitle(config, contentPath), config)));
  return navigation;
}

/** The content path of a source's TOC file, when it has one. */
function tocFileOf(source: ResolvedSource): string | undefined {
  const names = source.sidebar?.toc ? [source.sidebar.toc] : TOC_NAMES;
  const found = names.find((name) => existsSync(path.join(source.absoluteDir, name)));
  if (!found) return undefined;
  return source.contentDir === '' ? found : `${source.contentDir}/${found}`;
}

class TocReader {
  readonly listed = new Set<string>();
  /** Lower-cased content path → content path: Learn's URLs, and so its TOC hrefs, ignore case. */
  private readonly byLowerCase: Map<string, string>;

  constructor(
    private readonly config: ResolvedSiteConfig,
    private readonly source: ResolvedSource,
    private readonly pages: readonly string[],
    private readonly navigation: SourceNavigation,
  ) {
    this.byLowerCase = new Map(pages.map((page) => [page.toLowerCase(), page]));
  }

  /** The entries of one TOC file; `open` holds the TOCs being read, so one that nests itself is reported, not followed. */
  read(toc: string, open: Set<string>): NavItem[] {
    const file = new VFile({ path: toc });
    const items = readToc(readFileSync(path.join(this.config.contentRoot, toc), 'utf8'), file);
    const result = this.items(items, toc, file, new Set([...open, toc]));
    this.navigation.diagnostics.push(...diagnosticsOf(file));
    return result;
  }

  private items(items: readonly TocItem[], toc: string, file: VFile, open: Set<string>): NavItem[] {
    return items.flatMap((item) => this.item(item, toc, file, open));
  }

  private item(item: TocItem, toc: string, file: VFile, open: Set<string>): NavItem[] {
    const place = { line: item.line, column: 1 };
    const nested: NavItem[] = [];
    let target: NavItem | undefined;
    const hrefs = [item.topicHref, item.href, item.tocHref].filter((href): href is string => href !== undefined);
    for (const href of new Set(hrefs)) {
      const nestedToc = this.nestedToc(href, toc);
      if (nestedToc === null) {
        if (!target) target = this.target(item, href, toc, file);
        continue;
      }
      if (nestedToc === undefined) {
        report(file, 'warning', 'toc-target-missing', `TOC entry \`${item.name ?? href}\` points to \`${href}\`, which has no TOC; left out of the sidebar`, place);
      } else if (open.has(nestedToc)) {
        report(file, 'warning', 'toc-cycle', `TOC entry \`${item.name ?? href}\` nests \`${href}\`, which is already being read; not nested again`, place);
      } else {
        nested.push(...this.read(nestedToc, open));
      }
    }
    const children = [...nested, ...this.items(item.items, toc, file, open)];
    const label = item.name ?? (target?.label || undefined);
    if (!item.name) report(file, 'warning', 'toc-name-missing', `TOC entry has no \`name\`; ${label ? `labelled \`${label}\`` : 'left out'}`, place);
    if (!label) return children;
    if (children.length === 0) return target ? [{ ...target, label }] : [];
    return [{ type: 'group', label, collapsed: !item.expanded, items: target ? [{ ...target, label }, ...children] : children }];
  }

  /**
   * The content path of the TOC an href nests (a folder `x/`, or a TOC file),
   * `undefined` when it names one that is not there, `null` when it names no TOC.
   */
  private nestedToc(href: string, toc: string): string | undefined | null {
    const clean = href.split(/[?#]/)[0]!;
    if (URL_SCHEME.test(clean) || clean.startsWith('/')) return null;
    if (!clean.endsWith('/') && !TOC_FILE.test(clean)) return null;
    const resolved = resolveInsideRoot(this.config.contentRoot, toc, clean.endsWith('/') ? `${clean}toc.yml` : clean);
    if (resolved === undefined) return undefined;
    const folder = path.posix.dirname(resolved);
    const candidates = clean.endsWith('/') ? TOC_NAMES.map((name) => `${folder}/${name}`) : [resolved];
    return candidates.find((candidate) => existsSync(path.join(this.config.contentRoot, candidate)));
  }

  /** The page or link an href names; a page not in the source is a diagnostic. */
  private target(item: TocItem, href: string, toc: string, file: VFile): NavItem | undefined {
    const place = { line: item.line, column: 1 };
    const label = item.name ?? '';
    const clean = href.split(/[?#]/)[0]!;
    if (URL_SCHEME.test(clean)) return { type: 'link', label, href };
    let contentPath: string | undefined;
    if (clean.startsWith('/')) {
      // A path on the upstream site: a page of this source when it is under the source's URL, else a link there.
      const upstream = this.source.url ? new URL(this.source.url) : undefined;
      if (!upstream) return undefined;
      const local = clean.toLowerCase().startsWith(upstream.pathname.toLowerCase()) ? clean.slice(upstream.pathname.length) : undefined;
      if (local === undefined) return { type: 'link', label, href: new URL(href, upstream.origin).href };
      contentPath = this.findPage(joinSource(this.source, local));
      if (!contentPath) return { type: 'link', label, href: new URL(href, upstream.origin).href };
    } else {
      const resolved = resolveInsideRoot(this.config.contentRoot, toc, clean);
      contentPath = resolved === undefined ? undefined : this.findPage(resolved);
      if (!contentPath) {
        report(file, 'warning', 'toc-target-missing', `TOC entry \`${item.name ?? href}\` points to \`${href}\`, which is not a page of this source; left out of the sidebar`, place);
        return undefined;
      }
      if (contentPath !== resolved) {
        report(file, 'info', 'toc-href-case', `TOC entry \`${item.name ?? href}\` points to \`${href}\`; the file is \`${path.posix.basename(contentPath)}\` (Learn ignores case)`, place);
      }
    }
    this.listed.add(contentPath);
    if (item.displayName.length > 0) this.navigation.searchWords.set(contentPath, [...(this.navigation.searchWords.get(contentPath) ?? []), ...item.displayName]);
    return pageItem(contentPath, label, this.config);
  }

  /** A page of the source by content path, a folder's index page, or the same path in another case. */
  private findPage(contentPath: string): string | undefined {
    const trimmed = contentPath.replace(/\/$/, '');
    const candidates = [trimmed, `${trimmed}.md`, `${trimmed}/index.md`, `${trimmed}/index.yml`, trimmed === '' ? 'index.yml' : ''].filter(Boolean);
    for (const candidate of candidates) {
      const found = this.byLowerCase.get(candidate.toLowerCase());
      if (found) return found;
    }
    return undefined;
  }
}

function joinSource(source: ResolvedSource, relative: string): string {
  return source.contentDir === '' ? relative : `${source.contentDir}/${relative}`;
}

function pageItem(contentPath: string, label: string, config: ResolvedSiteConfig): NavItem {
  return { type: 'page', label, path: contentPath, route: guideRoute(contentPath, config)! };
}

/**
 * A sidebar from the folder tree: a folder's pages (its index first, then by
 * path), then its folders as groups named for the folder; a folder that
 * holds a single entry gives that entry instead of a group of one.
 */
function folderTree(pages: readonly string[], source: ResolvedSource, config: ResolvedSiteConfig): NavItem[] {
  interface Folder {
    pages: string[];
    folders: Map<string, Folder>;
  }
  const root: Folder = { pages: [], folders: new Map() };
  for (const contentPath of pages) {
    const parts = pathInSource(source, contentPath).split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let child = folder.folders.get(part);
      if (!child) folder.folders.set(part, (child = { pages: [], folders: new Map() }));
      folder = child;
    }
    folder.pages.push(contentPath);
  }
  const isIndex = (contentPath: string) => /(^|\/)index\.(md|ya?ml)$/i.test(contentPath);
  const itemsOf = (folder: Folder): NavItem[] => [
    ...[...folder.pages].sort((a, b) => Number(isIndex(b)) - Number(isIndex(a)) || a.localeCompare(b)).map((contentPath) => pageItem(contentPath, pageTitle(config, contentPath), config)),
    ...[...folder.folders.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([name, child]): NavItem[] => {
        const items = itemsOf(child);
        return items.length === 1 ? items : [{ type: 'group', label: name, collapsed: true, items }];
      }),
  ];
  return itemsOf(root);
}

/** A page's title: front matter `title` (or a landing page's `title`), else its first heading, else its path. */
export function pageTitle(config: ResolvedSiteConfig, contentPath: string): string {
  const raw = readFileSync(path.join(config.contentRoot, contentPath), 'utf8');
  if (/\.ya?ml$/i.test(contentPath)) {
    try {
      const data: unknown = parseYaml(raw);
      const title = data && typeof data === 'object' && 'title' in data ? (data as { title: unknown }).title : undefined;
      if (typeof title === 'string' && title.trim()) return title.trim();
    } catch {
      // Unreadable YAML is the landing page renderer's to report.
    }
    return contentPath;
  }
  const { data, body } = splitFrontMatter(raw, new VFile({ path: contentPath }));
  return sourceMeta(contentPath, data, body).title;
}

/** The files some document of the site includes (`[!INCLUDE]`): read where they are included, never pages of their own. */
function includedFiles(config: ResolvedSiteConfig, documents: readonly string[]): Set<string> {
  const included = new Set<string>();
  for (const contentPath of documents) {
    if (!/\.(md|markdown)$/i.test(contentPath)) continue;
    const raw = readFileSync(path.join(config.contentRoot, contentPath), 'utf8');
    for (const match of raw.matchAll(INCLUDE_TOKEN)) {
      const target = resolveInsideRoot(config.contentRoot, contentPath, match[2]!);
      if (target !== undefined && target !== contentPath) included.add(target);
    }
  }
  return included;
}
