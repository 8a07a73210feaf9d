import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDataFile } from '../config/parse-data-file.ts';

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
