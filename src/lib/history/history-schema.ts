import { z } from 'zod';
import { capabilitySchema, providerSchema } from '../facts/dataset-schema.ts';
import { diagnosticSchema } from '../diagnostics/diagnostic.ts';

/** The history file's version; bump it on any change that breaks readers. */
export const HISTORY_SCHEMA_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const line = z.number().int().positive();
/** A full commit id; `null` for a dated version (`x@2024-05-21.md`), which has none. */
const commitId = z.string().regex(/^[0-9a-f]{40,64}$/, 'a full commit id').nullable();

/** Where a fact was read at one point of the history. */
export const sightingSchema = z.object({
  commit: commitId,
  /** The commit's author date, or the dated version's date. */
  date: isoDate,
  /** Content path of the document. */
  source: z.string().min(1),
  /** Content path of the include the fact was written in, when it is not the document itself. */
  file: z.string().min(1).optional(),
  line,
});

const factFields = {
  model: slug,
  region: slug,
  capability: capabilitySchema,
  deploymentType: slug.optional(),
  provider: providerSchema,
  /** The article (document path without a version mark) the fact is stated in. */
  article: z.string().min(1),
};

export const factHistorySchema = z.object({
  ...factFields,
  firstSeen: sightingSchema,
  /** The last point the fact was read at, when it is gone at the end of the history. */
  lastSeen: sightingSchema.optional(),
});

export const eventSchema = z.object({
  date: isoDate,
  commit: commitId,
  kind: z.enum(['added', 'removed']),
  ...factFields,
  /** Content path of the document; for a removal, where the fact was last read. */
  source: z.string().min(1),
  file: z.string().min(1).optional(),
  line,
  /** The model this one was renamed from (on an addition) or to (on a removal), same row. */
  renamedFrom: slug.optional(),
  renamedTo: slug.optional(),
});

export const commitSchema = z.object({
  commit: commitId,
  /** The first parent: a removal's line is a line of the file at this commit. */
  parent: commitId.optional(),
  date: isoDate,
  subject: z.string(),
  /** How many documents were extracted again at this commit. */
  documents: z.number().int().nonnegative(),
});

export const historyModelSchema = z.object({ id: slug, provider: providerSchema, name: z.string().min(1) });
export const historyRegionSchema = z.object({ id: slug, provider: providerSchema, name: z.string().min(1), code: z.string().min(1) });

export const historySchema = z.object({
  schemaVersion: z.literal(HISTORY_SCHEMA_VERSION),
  /** `git`: the first-parent history of a repository; `versions`: dated versions beside each article. */
  mode: z.enum(['git', 'versions']),
  /** Where the documents came from: content paths are `contentDir` + the path below `path` in the repository. */
  origin: z.object({
    path: z.string(),
    contentDir: z.string(),
    /** The repository's web address, from the site config, when known. */
    repository: z.url().optional(),
  }),
  facts: z.array(factHistorySchema),
  /** Oldest first, as they happened. */
  events: z.array(eventSchema),
  commits: z.array(commitSchema),
  /** Every model and region an event names, gone ones included. */
  models: z.array(historyModelSchema),
  regions: z.array(historyRegionSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type History = z.infer<typeof historySchema>;
export type HistoryEvent = z.infer<typeof eventSchema>;
export type FactHistory = z.infer<typeof factHistorySchema>;
export type HistoryCommit = z.infer<typeof commitSchema>;
export type Sighting = z.infer<typeof sightingSchema>;

/** The JSON Schema published beside the history file. */
export function historyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(historySchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
