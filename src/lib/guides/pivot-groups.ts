import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDataFile } from '../config/parse-data-file.ts';
import { findUp, readJsonOnce, setRoot } from './docset-files.ts';

const pivotId = z.string().regex(/^[a-z0-9-]+$/, 'a lowercase pivot id');

export const pivotGroupSchema = z.object({
  id: pivotId,
  title: z.string().min(1),
  prompt: z.string().min(1),
  pivots: z.array(z.object({ id: pivotId, title: z.string().min(1) })).min(1),
});
export type PivotGroup = z.infer<typeof pivotGroupSchema>;

/** The project's copy of Learn's `zone-pivot-groups.yml`. */
export const pivotGroupsFile = path.resolve('src/data/zone-pivot-groups.yml');

/** Reads and validates a pivot groups file (default: the project's). */
export function loadPivotGroups(file = pivotGroupsFile): PivotGroup[] {
  const hint = 'A pivot groups file is Learn’s `zone-pivot-groups.yml`: `groups:` a list of `id`, `title`, `prompt` and `pivots: [{ id, title }]`.';
  return parseDataFile(z.object({ groups: z.array(pivotGroupSchema) }), parse(readFileSync(file, 'utf8')), file, hint).groups;
}

/** Names Learn gives a set's pivot groups file: `zone-pivot-groups.yml`, published (and sometimes written) as `.json`. */
const GROUPS_FILES = ['zone-pivot-groups.yml', 'zone-pivot-groups.yaml', 'zone-pivot-groups.json'];

const groupsCache = new Map<string, PivotGroup[]>();

/**
 * The pivot groups a document's zones are labelled from, as DocFX finds
 * them: the file named by `zone_pivot_group_filename` (the document's front
 * matter, else docfx.json's `build` or `build.globalMetadata`), else the
 * nearest `zone-pivot-groups.yml` up the folder tree (src/lib/guides/docset-files.ts
 * says how far up), then the project's file (src/data/zone-pivot-groups.yml)
 * for groups the set does not define.
 *
 * A named file is looked for relative to the set's root, each docfx.json
 * content `src`, and the source folder, under its name or with `.yml` for
 * `.json` (the name is often the published path, `azure/zone-pivot-groups.json`);
 * if none exists the search up the tree applies. Groups that fail validation
 * in a set's file are left out (the zones plugin reports their pivots as unknown).
 */
export function pivotGroupsFor(sourceDir: string, documentPath: string, frontMatter: Record<string, unknown> = {}): PivotGroup[] {
  const own = namedGroupsFile(sourceDir, documentPath, frontMatter) ?? GROUPS_FILES.map((name) => findUp(sourceDir, documentPath, name)).find((file) => file !== undefined);
  const fallback = cachedGroups(pivotGroupsFile, true);
  if (!own || path.resolve(own) === pivotGroupsFile) return fallback;
  const groups = cachedGroups(own, false);
  return [...groups, ...fallback.filter((group) => !groups.some((g) => g.id === group.id))];
}

function namedGroupsFile(sourceDir: string, documentPath: string, frontMatter: Record<string, unknown>): string | undefined {
  const docfxFile = findUp(sourceDir, documentPath, 'docfx.json');
  const docfx = (docfxFile ? readJsonOnce(docfxFile) : undefined) as { build?: { zone_pivot_group_filename?: unknown; globalMetadata?: { zone_pivot_group_filename?: unknown }; content?: { src?: unknown }[] } } | undefined;
  const named = [frontMatter.zone_pivot_group_filename, docfx?.build?.zone_pivot_group_filename, docfx?.build?.globalMetadata?.zone_pivot_group_filename].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (!named) return undefined;
  const top = setRoot(sourceDir, documentPath);
  const bases = [top, ...(docfx?.build?.content ?? []).flatMap((entry) => (typeof entry?.src === 'string' ? [path.join(top, entry.src)] : [])), path.resolve(sourceDir)];
  const names = [named, named.replace(/\.json$/i, '.yml')];
  return bases
    .flatMap((base) => names.map((name) => path.resolve(base, name.replace(/^[~/]+/, ''))))
    .find((file) => !path.relative(top, file).startsWith('..') && existsSync(file));
}

function cachedGroups(file: string, strict: boolean): PivotGroup[] {
  let groups = groupsCache.get(file);
  if (!groups) {
    groups = strict ? loadPivotGroups(file) : lenientGroups(file);
    groupsCache.set(file, groups);
  }
  return groups;
}

/** The valid groups of a set's file; none when it cannot be read. */
function lenientGroups(file: string): PivotGroup[] {
  try {
    const data = parse(readFileSync(file, 'utf8')) as { groups?: unknown };
    return (Array.isArray(data?.groups) ? data.groups : []).flatMap((group) => {
      const parsed = pivotGroupSchema.safeParse(group);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}
