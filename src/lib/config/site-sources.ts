import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSiteConfig, siteConfigFile, type ResolvedSiteConfig, type ResolvedSource } from './load-site-config.ts';

const configs = new Map<string, ResolvedSiteConfig>();

/** The site config this process builds (`SITE_CONFIG`, else `site.config.json`), read once. */
export function siteConfig(file: string = siteConfigFile()): ResolvedSiteConfig {
  let config = configs.get(file);
  if (!config) {
    config = loadSiteConfig(file);
    configs.set(file, config);
  }
  return config;
}

/** A document path relative to its source's `dir` (`ai-foundry/x.md` for `azure-ai-docs/articles/ai-foundry/x.md`). */
export function pathInSource(source: ResolvedSource, contentPath: string): string {
  return source.contentDir === '' ? contentPath : contentPath.slice(source.contentDir.length + 1);
}

/** Whether a path relative to a source's `dir` is one of its documents by its `files` and `exclude` globs. */
export function sourceSelects(source: ResolvedSource, relative: string): boolean {
  const included = source.files ? source.files.some((glob) => path.posix.matchesGlob(relative, glob)) : true;
  return included && !(source.exclude ?? []).some((glob) => path.posix.matchesGlob(relative, glob));
}

/**
 * The source a content path (relative to the config's content root) belongs
 * to: the innermost source folder that holds it and selects it.
 */
export function sourceOf(contentPath: string, config: ResolvedSiteConfig = siteConfig()): ResolvedSource | undefined {
  let found: ResolvedSource | undefined;
  for (const source of config.sources) {
    const inside = source.contentDir === '' || contentPath.startsWith(`${source.contentDir}/`);
    if (!inside || !sourceSelects(source, pathInSource(source, contentPath))) continue;
    if (!found || source.contentDir.length > found.contentDir.length) found = source;
  }
  return found;
}

/**
 * The innermost source whose folder holds a content path, whether or not it
 * selects it as a document (an include, a file left out by `exclude`).
 */
export function sourceHolding(contentPath: string, config: ResolvedSiteConfig = siteConfig(), accept: (source: ResolvedSource) => boolean = () => true): ResolvedSource | undefined {
  let found: ResolvedSource | undefined;
  for (const source of config.sources) {
    if (!accept(source) || !(source.contentDir === '' || contentPath.startsWith(`${source.contentDir}/`))) continue;
    if (!found || source.contentDir.length > found.contentDir.length) found = source;
  }
  return found;
}

/** `### YamlMime:Landing` / `Hub` on a YAML file's first line: a landing page, a real page of the set. */
const LANDING_MIME = /^###\s*YamlMime:(Landing|Hub)\s*$/i;

/** Whether a YAML file is a Learn landing or hub page (other YAML files are navigation or configuration). */
export function isLandingPage(file: string): boolean {
  const firstLine = readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  return LANDING_MIME.test(firstLine.trim());
}

export interface SourceDocumentsOptions {
  /** Also list YAML landing and hub pages (default: `false`: the extractor reads markdown only). */
  landingPages?: boolean;
}

/**
 * Every document of every source, as sorted paths relative to the config's
 * content root, each once. Hidden folders and `node_modules` are skipped and
 * symbolic links are not followed, so the walk never leaves a source folder.
 */
export function sourceDocuments(config: ResolvedSiteConfig = siteConfig(), options: SourceDocumentsOptions = {}): string[] {
  const found = new Set<string>();
  for (const source of config.sources) {
    const walk = (relative: string) => {
      for (const entry of readdirSync(path.join(source.absoluteDir, relative), { withFileTypes: true })) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          walk(child);
          continue;
        }
        if (!entry.isFile() || !sourceSelects(source, child)) continue;
        const markdown = /\.(md|markdown)$/i.test(entry.name);
        const landing = options.landingPages === true && /\.ya?ml$/i.test(entry.name) && isLandingPage(path.join(source.absoluteDir, child));
        if (!markdown && !landing) continue;
        const contentPath = source.contentDir === '' ? child : `${source.contentDir}/${child}`;
        if (sourceOf(contentPath, config) === source) found.add(contentPath);
      }
    };
    walk('');
  }
  return [...found].sort();
}

/**
 * A content file in its source's upstream repository (`https://github.com/o/r/blob/main/articles/x.md#L12`),
 * when the source names its `repository`.
 */
export function repositoryFileUrl(contentPath: string, line?: number, config: ResolvedSiteConfig = siteConfig()): string | undefined {
  const source = sourceHolding(contentPath, config, (candidate) => candidate.repository !== undefined);
  if (!source?.repository) return undefined;
  const inRepository = [source.repositoryPath?.replace(/^\/|\/$/g, ''), pathInSource(source, contentPath)].filter(Boolean).join('/');
  return `${source.repository.replace(/\/$/, '')}/blob/${source.branch ?? 'main'}/${inRepository.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}

/** The publishers of the sources published upstream (those with a `url`), each once, in config order: for credit lines. */
export function upstreamPublishers(config: ResolvedSiteConfig = siteConfig()): string[] {
  return [...new Set(config.sources.filter((source) => source.url).map((source) => source.publisher))];
}

/** The licences of the sources published upstream, each once. */
export function upstreamLicenses(config: ResolvedSiteConfig = siteConfig()): string[] {
  return [...new Set(config.sources.filter((source) => source.url).map((source) => source.license))];
}

/**
 * The first page of the site's own (a source without `url`, such as the
 * notice about the sources), which pages not from a source link to for
 * credits.
 */
export function siteOwnRoute(config: ResolvedSiteConfig = siteConfig()): string | undefined {
  const own = config.sources.find((source) => !source.url);
  if (!own) return undefined;
  return Object.values(own.pages ?? {})[0] ?? own.route;
}
