import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { assignModelIds } from './assign-model-ids.ts';
import { datasetSchema, SCHEMA_VERSION, type Availability, type Dataset, type Model, type Offer, type Region, type UnplacedFact, type Source, type TableLines } from './dataset-schema.ts';
import type { DocumentFacts, ModelDraft, RegionDraft } from './fact-drafts.ts';
import { mergeVersions } from './merge-versions.ts';
import { slugifyName } from './slugify-name.ts';

/**
 * Assembles the dataset from every document's facts and diagnostics: merges
 * dated versions, gives models and regions their ids, sorts everything for
 * stable output and validates the result against the schema (a failure here
 * is a bug, so it throws).
 */
export function assembleDataset(documents: readonly DocumentFacts[], diagnostics: readonly Diagnostic[]): Dataset {
  const sourceIds = new Map<DocumentFacts, string>();
  const usedIds = new Set<string>();
  const sources: Source[] = documents.map((document) => {
    const { meta } = document;
    const base = meta.id || 'source';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    sourceIds.set(document, id);
    usedIds.add(id);
    const read = document.tables.filter((table) => table.shape !== 'other').map(({ line, endLine, file }): TableLines => (file ? { line, endLine, file } : { line, endLine }));
    const source: Source = {
      id,
      path: meta.path,
      article: meta.article,
      title: meta.title,
      product: meta.product ?? null,
      provider: meta.provider ?? null,
      date: meta.date ?? null,
      tables: { availability: read.length, other: document.tables.length - read.length, read },
    };
    if (meta.url) source.url = meta.url;
    return source;
  });
  const undated: Diagnostic[] = documents
    .filter((document) => !document.meta.date)
    .map((document) => ({ severity: 'info', rule: 'source-date-missing', source: document.meta.path, line: 1, message: 'The document carries no date (`ms.date`, `date_scraped` or `date`); its facts count as the oldest version' }));

  const drafts = new Map<string, ModelDraft>();
  for (const document of documents) {
    for (const model of document.models) {
      const known = drafts.get(model.key);
      if (!known) drafts.set(model.key, { ...model });
      else if (model.preview) known.preview = true;
    }
  }
  const modelIds = assignModelIds([...drafts.values()]);
  const models: Model[] = [...drafts.values()].map((draft) => {
    const model: Model = { id: modelIds.get(draft.key)!, provider: draft.provider, name: draft.name, modelIds: draft.modelIds, scope: draft.scope };
    if (draft.publisher) model.publisher = draft.publisher;
    if (draft.publisherId) model.publisherId = draft.publisherId;
    if (draft.family) model.family = draft.family;
    if (draft.version) model.version = draft.version;
    if (draft.preview) model.preview = true;
    return model;
  });

  const regionDrafts = new Map<string, RegionDraft>();
  for (const document of documents) for (const region of document.regions) regionDrafts.set(regionId(region.provider, region.code), region);
  const regions: Region[] = [...regionDrafts].map(([id, region]) => {
    const entry: Region = { id, provider: region.provider, name: region.name, code: region.code, geography: region.geography };
    if (region.cloud) entry.cloud = region.cloud;
    return entry;
  });

  const merged = mergeVersions(documents);
  const availability: Availability[] = merged.availability.map(({ item, document }) => {
    const fact: Availability = { model: modelIds.get(item.model)!, region: regionId(item.provider, item.region), capability: item.capability, source: sourceIds.get(document)!, line: item.line };
    if (item.deploymentType) fact.deploymentType = item.deploymentType;
    if (item.file !== document.meta.path) fact.file = item.file;
    return fact;
  });
  const offers: Offer[] = merged.offers.map(({ item, document }) => {
    const offer: Offer = { model: modelIds.get(item.model)!, market: item.market, source: sourceIds.get(document)!, line: item.line };
    if (item.href) offer.href = absoluteHref(item.href, document.meta.url);
    if (item.file !== document.meta.path) offer.file = item.file;
    return offer;
  });

  const unplaced: UnplacedFact[] = documents.flatMap((document) =>
    document.unplaced.map(({ file, ...fact }) => (file === document.meta.path ? { ...fact, source: sourceIds.get(document)! } : { ...fact, source: sourceIds.get(document)!, file })),
  );

  return datasetSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    sources: sources.sort((a, b) => byText(a.path, b.path)),
    regions: regions.sort((a, b) => byText(a.id, b.id)),
    models: models.sort((a, b) => byText(a.id, b.id)),
    availability: availability.sort((a, b) => byText(a.model, b.model) || byText(a.region, b.region) || byText(a.capability, b.capability) || byText(a.deploymentType ?? '', b.deploymentType ?? '') || byText(a.source, b.source)),
    offers: offers.sort((a, b) => byText(a.model, b.model) || byText(a.source, b.source) || a.line - b.line || byText(a.market, b.market)),
    ...(unplaced.length > 0 ? { unplaced } : {}),
    diagnostics: withoutRepeats(sortDiagnostics([...diagnostics, ...merged.diagnostics, ...undated])),
  });
}

/**
 * A site-relative link in a cell (`/partner-center/...` on Learn) points at the
 * upstream site, not at ours: it is made absolute against the source's
 * upstream page. Other links are kept as written.
 */
function absoluteHref(href: string, pageUrl: string | undefined): string {
  if (!pageUrl || !href.startsWith('/') || href.startsWith('//')) return href;
  return new URL(href, pageUrl).href;
}

/** Code-unit order: the same on every machine and locale, and cheap on large datasets. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One diagnostic per problem: a file included by two documents reports its own problems once. */
function withoutRepeats(sorted: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.source}|${d.line}|${d.column ?? ''}|${d.severity}|${d.rule}|${d.message}`;
  return sorted.filter((d, index) => index === 0 || key(d) !== key(sorted[index - 1]!));
}

export function regionId(provider: string, code: string): string {
  return `${provider}-${slugifyName(code)}`;
}
