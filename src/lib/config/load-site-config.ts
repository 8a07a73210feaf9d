import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { formatIssues, parseJsonFile } from './parse-data-file.ts';
import { siteConfigSchema, type SiteConfig, type SiteSource } from './site-config-schema.ts';

/** A source with its folder resolved. */
export interface ResolvedSource extends SiteSource {
  /** `dir`, absolute. */
  absoluteDir: string;
  /** `dir` relative to the config's content root, `/`-separated (`azure-ai-docs/articles`; `''` for the root itself). */
  contentDir: string;
}

export interface ResolvedSiteConfig extends Omit<SiteConfig, 'sources'> {
  /** The config file, absolute. */
  file: string;
  /**
   * The deepest folder that holds every source's `dir`: document paths in the
   * dataset and in diagnostics are relative to it.
   */
  contentRoot: string;
  sources: ResolvedSource[];
}

/** The config file a build reads: `SITE_CONFIG`, else `site.config.json` in the working folder. */
export function siteConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SITE_CONFIG ?? 'site.config.json');
}

/**
 * Reads and validates a site config. Every problem is an `AstroError` that
 * names the file and the key (`site.config.json: sources[0].route: ...`).
 */
export function loadSiteConfig(file: string = siteConfigFile()): ResolvedSiteConfig {
  const absolute = path.resolve(file);
  const hint = 'See the README, "Build your own documentation set", and site.config.schema.json for every key.';
  if (!existsSync(absolute)) throw new AstroError(`Site config not found: ${absolute}`, hint);
  const json = parseJsonFile(readFileSync(absolute, 'utf8'), absolute, hint);
  const parsed = siteConfigSchema.safeParse(json);
  if (!parsed.success) throw new AstroError(`${absolute}: invalid site config\n${formatIssues(parsed.error.issues)}`, hint);
  const base = path.dirname(absolute);
  const dirs = parsed.data.sources.map((source) => path.resolve(base, source.dir));
  dirs.forEach((dir, index) => {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new AstroError(`${absolute}: sources[${index}].dir: \`${parsed.data.sources[index]!.dir}\` is not a folder (${dir})`, hint);
  });
  const contentRoot = commonFolder(dirs);
  return {
    ...parsed.data,
    file: absolute,
    contentRoot,
    sources: parsed.data.sources.map((source, index) => ({
      ...source,
      absoluteDir: dirs[index]!,
      contentDir: path.relative(contentRoot, dirs[index]!).split(path.sep).join('/'),
    })),
  };
}

function commonFolder(dirs: readonly string[]): string {
  const split = dirs.map((dir) => dir.split(path.sep));
  const first = split[0]!;
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}
