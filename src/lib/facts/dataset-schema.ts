import { z } from 'zod';
import { diagnosticSchema } from '../diagnostics/diagnostic.ts';

/** The dataset's version; bump it on any change that breaks readers. */
export const SCHEMA_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const line = z.number().int().positive();

export const providerSchema = z.enum(['azure', 'google-cloud']);
export const capabilitySchema = z.enum(['deployment', 'fine-tuning']);

/** Where a table was read: its first and last line, in `file` when it was written in an include. */
export const tableLinesSchema = z.object({
  line,
  endLine: line,
  /** Content path of the include the table was written in, when it is not the source file itself. */
  file: z.string().min(1).optional(),
});

export const sourceSchema = z.object({
  id: slug,
  /** Content-relative path of the file. */
  path: z.string().min(1),
  /** The article this file is a version of (its path without a version mark). */
  article: z.string().min(1),
  title: z.string().min(1),
  product: z.string().nullable(),
  provider: providerSchema.nullable(),
  /** The date the source carries; `null` when it carries none (diagnosed). */
  date: isoDate.nullable(),
  /** The page upstream, when known. */
  url: z.url().optional(),
  /** How many of the source's tables were read as availability tables, and how many left alone. */
  tables: z
    .object({
      availability: z.number().int().nonnegative(),
      other: z.number().int().nonnegative(),
      /** Where each table read as an availability table was written, in document order: a fact was read from the one whose lines hold its own. */
      read: z.array(tableLinesSchema),
    })
    .optional(),
});

export const regionSchema = z.object({
  /** `<provider>-<code>`, e.g. `azure-westus3`, `google-cloud-us-east5`. */
  id: slug,
  provider: providerSchema,
  name: z.string().min(1),
  code: z.string().min(1),
  geography: z.string().min(1),
  /** The sovereign cloud the region belongs to (`Azure Government`); absent for the public cloud. */
  cloud: z.string().min(1).optional(),
});

export const modelSchema = z.object({
  id: slug,
  provider: providerSchema,
  name: z.string().min(1),
  modelIds: z.array(z.string().min(1)),
  /** `family` when the source names only the family (an empty model cell under "Jais models"). */
  scope: z.enum(['model', 'family']),
  publisher: z.string().min(1).optional(),
  /** Slug of the publisher in src/data/publishers.json. */
  publisherId: slug.optional(),
  family: z.string().min(1).optional(),
  /** The model version the source names beside the model (`0613`, `2024-05-13`); part of its identity. */
  version: z.string().min(1).optional(),
  preview: z.boolean().optional(),
});

export const availabilitySchema = z.object({
  model: slug,
  region: slug,
  capability: capabilitySchema,
  /**
   * How the model is deployed or trained there (`global-standard`,
   * `provisioned`; ids of src/data/deployment-types.json), when the source
   * says. Two facts that differ only by deployment type are two facts.
   */
  deploymentType: slug.optional(),
  /** Source id. */
  source: slug,
  /** Line in the source file (or its include) the fact was read from. */
  line,
  /** Content path of the include the fact was written in, when it is not the source file itself. */
  file: z.string().min(1).optional(),
});

export const offerSchema = z.object({
  model: slug,
  /** Where the model can be bought ("Japan", "Microsoft Managed Countries"). */
  market: z.string().min(1),
  href: z.string().min(1).optional(),
  source: slug,
  line,
  /** Content path of the include the offer was written in, when it is not the source file itself. */
  file: z.string().min(1).optional(),
});

/**
 * A fact (region and capability) or an offer (market) of a table whose regions
 * name no single provider: kept by the names it was written with, for /data-quality/.
 */
export const unplacedFactSchema = z.object({
  model: z.string().min(1),
  /** The region as the registry that knew it names it. */
  region: z.string().min(1).optional(),
  capability: capabilitySchema.optional(),
  /** The market of an offer. */
  market: z.string().min(1).optional(),
  deploymentType: slug.optional(),
  source: slug,
  line,
  file: z.string().min(1).optional(),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    sources: z.array(sourceSchema),
    regions: z.array(regionSchema),
    models: z.array(modelSchema),
    availability: z.array(availabilitySchema),
    offers: z.array(offerSchema),
    /** Facts no provider could be given (see the `provider-unknown` diagnostics); absent when there are none. */
    unplaced: z.array(unplacedFactSchema).optional(),
    diagnostics: z.array(diagnosticSchema),
  })
  .superRefine((data, ctx) => {
    const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
    const sources = ids(data.sources);
    const regions = ids(data.regions);
    const models = ids(data.models);
    for (const [name, set, size] of [
      ['sources', sources, data.sources.length],
      ['regions', regions, data.regions.length],
      ['models', models, data.models.length],
    ] as const) {
      if (set.size !== size) ctx.addIssue({ code: 'custom', path: [name], message: `Duplicate id in ${name}` });
    }
    data.availability.forEach((fact, index) => {
      if (!models.has(fact.model)) ctx.addIssue({ code: 'custom', path: ['availability', index, 'model'], message: `Unknown model ${fact.model}` });
      if (!regions.has(fact.region)) ctx.addIssue({ code: 'custom', path: ['availability', index, 'region'], message: `Unknown region ${fact.region}` });
      if (!sources.has(fact.source)) ctx.addIssue({ code: 'custom', path: ['availability', index, 'source'], message: `Unknown source ${fact.source}` });
    });
    data.offers.forEach((offer, index) => {
      if (!models.has(offer.model)) ctx.addIssue({ code: 'custom', path: ['offers', index, 'model'], message: `Unknown model ${offer.model}` });
      if (!sources.has(offer.source)) ctx.addIssue({ code: 'custom', path: ['offers', index, 'source'], message: `Unknown source ${offer.source}` });
    });
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TableLines = z.infer<typeof tableLinesSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type Offer = z.infer<typeof offerSchema>;
export type UnplacedFact = z.infer<typeof unplacedFactSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Capability = z.infer<typeof capabilitySchema>;

/** The JSON Schema published beside the dataset for outside users. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
