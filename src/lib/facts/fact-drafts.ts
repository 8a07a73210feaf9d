import type { SourceMeta } from '../content/source-meta.ts';
import type { Capability, Provider } from './dataset-schema.ts';
import type { ColumnDecision } from '../tables/describe-columns.ts';
import type { RegionRegistry, RegistryRegion } from './region-registry.ts';

/** A model as a document names it, before ids are given out across documents. */
export interface ModelDraft {
  /** Identity across tables and documents: provider, scope, name and model ids. */
  key: string;
  provider: Provider;
  name: string;
  modelIds: string[];
  scope: 'model' | 'family';
  publisher?: string;
  publisherId?: string;
  family?: string;
  /** The version the source names beside the model; part of `key`. */
  version?: string;
  preview?: boolean;
}

export interface RegionDraft extends RegistryRegion {
  provider: Provider;
}

/** A located fact; `line` is a line of `file` (the document, or the include it was written in). */
export interface FactDraft {
  model: string;
  provider: Provider;
  region: string;
  capability: Capability;
  /** Id of src/data/deployment-types.json, when the source names one. */
  deploymentType?: string;
  file: string;
  line: number;
}

/** A fact (region and capability) or offer (market) of a table no provider's registry claims: kept by the names it was written with, shown on /data-quality/. */
export interface UnplacedFact {
  model: string;
  region?: string;
  capability?: Capability;
  market?: string;
  deploymentType?: string;
  file: string;
  line: number;
}

export interface OfferDraft {
  model: string;
  market: string;
  href?: string;
  file: string;
  line: number;
}

export interface TableSummary {
  /** The line the table starts on, in `file` when it is set, else in the source. */
  line: number;
  /** The last line the table was read from (its last row's last line), in the same file. */
  endLine: number;
  /** Content path of the include the table was written in, when it is not the source itself. */
  file?: string;
  shape: 'region-list' | 'matrix' | 'transposed' | 'category-matrix' | 'other';
  rows: number;
  /** How many availability facts the table gave (before merging with other versions). */
  facts?: number;
  /** Why a table was left alone. */
  reason?: string;
  /** The provider the table was read as, when it has one. */
  provider?: Provider;
  /** How each header was read, or why it was left alone. */
  columns?: ColumnDecision[];
}

/** Everything one document's tables say. */
export interface DocumentFacts {
  meta: SourceMeta;
  models: ModelDraft[];
  regions: RegionDraft[];
  availability: FactDraft[];
  offers: OfferDraft[];
  /** Facts of tables that no provider claims. */
  unplaced: UnplacedFact[];
  tables: TableSummary[];
}

/** What a table's reader knows about the table from around it. */
export interface TableContext {
  provider: Provider;
  /** The registry regions are looked up in (default: the provider's). */
  registry?: RegionRegistry;
  /** The deployment type of the tab or heading the table sits under; every fact of the table carries it unless a cell says otherwise. */
  deploymentType?: string;
}
