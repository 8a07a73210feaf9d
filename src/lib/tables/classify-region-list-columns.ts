import type { Capability } from '../facts/dataset-schema.ts';

/** A column whose cells list regions. */
export interface RegionColumn {
  index: number;
  capability: Capability;
  /** Id of src/data/deployment-types.json when the header names a type ("Global Standard regions"). */
  deploymentType?: string;
}

/** A column of ✅ / `-` marks that qualifies the row's facts of one capability ("Global training"). */
export interface QualifierColumn {
  index: number;
  capability: Capability;
  deploymentType: string;
}

/** Columns of a "one row per model, regions listed in cells" table. */
export interface RegionListColumns {
  model: number;
  /** A "Version" column beside the model; the version is part of the model's identity. */
  version?: number;
  offer?: number;
  regions: RegionColumn[];
  qualifiers: QualifierColumn[];
}

const OFFER_HEADER = /\boffer\b/i;
const FINE_TUNING_HEADER = /fine[\s-]*tun/i;
const DEPLOYMENT_HEADER = /\bregion/i;

/**
 * Reads the columns after a table's "Model" column: region columns ("Hub/Project
 * Region for Deployment", "... for Fine tuning"), an "Offer Availability
 * Region" column. `undefined` when no column lists regions.
 */
export function classifyRegionListColumns(headers: readonly string[], model: number): RegionListColumns | undefined {
  const columns: RegionListColumns = { model, regions: [], qualifiers: [] };
  headers.forEach((text, index) => {
    if (index === model) return;
    if (OFFER_HEADER.test(text)) columns.offer ??= index;
    else if (FINE_TUNING_HEADER.test(text)) columns.regions.push({ index, capability: 'fine-tuning' });
    else if (DEPLOYMENT_HEADER.test(text)) columns.regions.push({ index, capability: 'deployment' });
  });
  return columns.regions.length > 0 ? columns : undefined;
}
