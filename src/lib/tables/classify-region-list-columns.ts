import type { Capability } from '../facts/dataset-schema.ts';
import { matchDeploymentType } from '../facts/match-deployment-type.ts';

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
const VERSION_HEADER = /\bversions?\b/i;
/** "Fine tuning", "Fine-tuning regions", "Standard training regions", "Global training". */
const FINE_TUNING_HEADER = /fine[\s-]*tun|\btraining\b/i;
/**
 * A header that names availability, regions or training regions lists regions
 * in its cells: "Region", "Available regions", "Hub/Project Region for
 * Deployment", "Fine-Tuning Regions", "Model Availability", "Feature
 * Availability", "Locations"; not "Regional Standard", a deployment type.
 */
const REGION_LIST_HEADER = /\bregions?\b|\blocations?\b|\bavailability\b/i;
/** A note after a header's words: "Global Training (Preview)", "Max request (tokens)". */
const HEADER_NOTE = /\s*\([^)]*\)\s*$/;

/**
 * Reads the columns around a table's "Model" column: region columns ("Region",
 * "Model Availability",
 * "Hub/Project Region for Deployment", "... for Fine tuning", "Standard
 * training regions"; training or fine-tuning ones give `fine-tuning` facts,
 * and a header that names a deployment type gives it to the column's facts), an
 * "Offer Availability Region" column, a "Version" column, and columns of marks
 * whose header names a deployment or training type ("Global training").
 * Other columns ("Max request (tokens)") are not read. `undefined` when no
 * column lists regions.
 */
export function classifyRegionListColumns(headers: readonly string[], model: number): RegionListColumns | undefined {
  const columns: RegionListColumns = { model, regions: [], qualifiers: [] };
  headers.forEach((text, index) => {
    if (index === model) return;
    if (OFFER_HEADER.test(text)) {
      columns.offer ??= index;
      return;
    }
    if (VERSION_HEADER.test(text)) {
      columns.version ??= index;
      return;
    }
    const capability: Capability = FINE_TUNING_HEADER.test(text) ? 'fine-tuning' : 'deployment';
    const deploymentType = matchDeploymentType(text.replace(HEADER_NOTE, ''))?.id;
    if (REGION_LIST_HEADER.test(text)) columns.regions.push(deploymentType ? { index, capability, deploymentType } : { index, capability });
    else if (deploymentType) columns.qualifiers.push({ index, capability, deploymentType });
  });
  return columns.regions.length > 0 ? columns : undefined;
}
