import type { ResolvedSiteConfig } from '../../config/load-site-config.ts';
import { siteConfig } from '../../config/site-sources.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { sourceNavigation, type NavItem, type SourceNavigation } from './source-navigation.ts';

export interface SiteNavigation {
  sources: SourceNavigation[];
  /** A page's extra search words from its TOC entries, by content path. */
  searchWords: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

const cache = new Map<string, SiteNavigation>();

/** Every source's navigation, read once per config file (astro.config.mjs and the guides loader share it). */
export function siteNavigation(config: ResolvedSiteConfig = siteConfig()): SiteNavigation {
  let navigation = cache.get(config.file);
  if (!navigation) {
    const sources = config.sources.map((source) => sourceNavigation(source, config));
    navigation = {
      sources,
      searchWords: new Map(sources.flatMap((source) => [...source.searchWords])),
      diagnostics: sources.flatMap((source) => source.diagnostics),
    };
    cache.set(config.file, navigation);
  }
  return navigation;
}

/** A Starlight sidebar entry (`sidebar` in astro.config.mjs). */
export type StarlightSidebarItem =
  | { label: string; link: string; attrs?: Record<string, string> }
  | { label: string; collapsed: boolean; items: StarlightSidebarItem[] };

/**
 * The sidebar groups of the sources, one per source, for Starlight. Pages are
 * `link`s to their routes: Starlight marks the current one and opens the
 * groups around it.
 */
export function starlightSidebar(navigation: SiteNavigation = siteNavigation()): StarlightSidebarItem[] {
  return navigation.sources.filter((source) => source.items.length > 0).map((source) => ({ label: source.label, collapsed: source.collapsed, items: source.items.map(toStarlight) }));
}

function toStarlight(item: NavItem): StarlightSidebarItem {
  if (item.type === 'page') return { label: item.label, link: item.route };
  if (item.type === 'link') return { label: item.label, link: item.href, attrs: { class: 'sidebar-link--external' } };
  return { label: item.label, collapsed: item.collapsed, items: item.items.map(toStarlight) };
}
