import type { ResolvedSource } from '../config/load-site-config.ts';
import { pathInSource, siteConfig, sourceHolding, sourceOf } from '../config/site-sources.ts';
import { slugifyName } from '../facts/slugify-name.ts';
import type { FrontMatter } from './front-matter.ts';

export type Provider = 'azure' | 'google-cloud';

/**
 * Folders the upstream repositories renamed, as content-relative paths (the
 * config writes them relative to their source's `dir`).
 */
export function upstreamMoves(): { from: string; to: string }[] {
  return siteConfig().sources.flatMap((source) =>
    (source.moves ?? []).map((move) => ({ from: joinContentPath(source, move.from), to: joinContentPath(source, move.to) })),
  );
}

/** A path written relative to a source's `dir`, as a content-relative path. */
export function joinContentPath(source: ResolvedSource, relative: string): string {
  return source.contentDir === '' ? relative : `${source.contentDir}/${relative}`;
}

export interface SourceMeta {
  /** Stable slug of the content path. */
  id: string;
  /** Content-relative path. */
  path: string;
  /** The article this file is a version of: its path without the `@date` version mark. */
  article: string;
  title: string;
  product?: string;
  provider?: Provider;
  /** ISO date (`YYYY-MM-DD`) the source carries (`ms.date`, `date_scraped`, `date`). */
  date?: string;
  /** The page upstream, when its source says where it publishes. */
  url?: string;
  /** The source (site.config.json) the document belongs to. */
  site?: ResolvedSource;
}

/** `deploy@2024-05-21.md`: an older version of `deploy.md`, dated. */
const VERSION_MARK = /@(\d{4}-\d{2}-\d{2})(?=\.md$)/i;

/** A content path's slug: the name slug of the path without its extension. */
export function slugifyPath(value: string): string {
  return slugifyName(value.replace(/\.(md|markdown)$/i, ''));
}

/** The article path for a content path: the version mark removed. */
export function articlePath(contentPath: string): string {
  return contentPath.replace(VERSION_MARK, '');
}

/**
 * The source that publishes the folder a content path is in upstream: the
 * innermost with a `url` (an include or an excluded file too), from the site config.
 */
export function siteOf(contentPath: string): (ResolvedSource & { url: string }) | undefined {
  return sourceHolding(contentPath, siteConfig(), (source) => source.url !== undefined) as (ResolvedSource & { url: string }) | undefined;
}

/** The upstream URL of a content path (anchor kept), when its source has a `url`. */
export function upstreamUrl(contentPath: string): string | undefined {
  const [pathPart = '', hash] = contentPath.split('#');
  const site = siteOf(pathPart);
  if (!site?.url) return undefined;
  const rest = pathInSource(site, articlePath(pathPart)).replace(/\.(md|markdown|ya?ml)$/i, '').replace(/(^|\/)index$/, '$1');
  return site.url + rest + (hash ? `#${hash}` : '');
}

/** Normalises `5/21/2024`, `05/09/2024`, `2025-05-12` or a YAML date to `YYYY-MM-DD`. */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
}

function firstHeading(text: string): string | undefined {
  return /^#[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1];
}

function providerOf(site: ResolvedSource | undefined, data: FrontMatter): Provider | undefined {
  // A configured source says its provider, or leaves each table to decide.
  if (site) return site.provider === 'azure' || site.provider === 'google-cloud' ? site.provider : undefined;
  // Outside any source (a loose folder of documents): Learn pages carry `ms.*` keys; Google's scraped pages carry `date_scraped`.
  if (Object.keys(data).some((key) => key.startsWith('ms.'))) return 'azure';
  if ('date_scraped' in data) return 'google-cloud';
  return undefined;
}

/** What a source is, from its path and front matter. */
export function sourceMeta(contentPath: string, data: FrontMatter, body = ''): SourceMeta {
  const site = sourceOf(contentPath);
  const versionDate = VERSION_MARK.exec(contentPath)?.[1];
  const title = (typeof data.title === 'string' && data.title.trim()) || firstHeading(body) || contentPath;
  const product = (typeof data.titleSuffix === 'string' && data.titleSuffix.trim()) || site?.product;
  const meta: SourceMeta = {
    id: slugifyPath(contentPath),
    path: contentPath,
    article: articlePath(contentPath),
    title,
  };
  const date = normalizeDate(data['ms.date']) ?? normalizeDate(data.date_scraped) ?? normalizeDate(data.date) ?? versionDate;
  const provider = providerOf(site, data);
  const url = upstreamUrl(contentPath);
  if (product) meta.product = product;
  if (provider) meta.provider = provider;
  if (date) meta.date = date;
  if (url) meta.url = url;
  if (site) meta.site = site;
  return meta;
}
