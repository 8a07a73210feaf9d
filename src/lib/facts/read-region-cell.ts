import { readCellMark } from '../tables/cell-mark.ts';
import type { RegionColumn } from '../tables/classify-region-list-columns.ts';
import { readCellPointer } from '../tables/read-cell-pointer.ts';
import { splitRegionList, type RegionListGroup } from '../tables/split-region-list.ts';
import type { CellItem, TableCell } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';
import type { TableContext } from './fact-drafts.ts';
import { matchDeploymentType } from './match-deployment-type.ts';
import { regionRegistries, type RegionRegistry, type RegistryRegion } from './region-registry.ts';

/** A region a cell names, with the deployment type its facts carry. */
export interface CellRegion {
  region: RegistryRegion;
  /** From the region's qualifier (`East US (Provisioned)`), else the column's header, else the table's tab or heading. */
  deploymentType?: string;
  line: number;
}

export interface RegionCellReading {
  regions: CellRegion[];
  /** Whether an item only pointed elsewhere ("See …"); it was reported, so its row needs no other word. */
  pointed: boolean;
}

/** A deployment type to suggest when a qualifier names none. */
const DEPLOYMENT_TYPE_EXAMPLE = 'Global Standard';

/**
 * Reads the regions a region-list cell names, in any written form
 * (`<br>`, bullets, commas, `&`, "and"), each through the provider's region
 * registry. A parenthesised qualifier that names a deployment type gives it to
 * the regions it follows; one that is a region code names the place before it
 * (`Iowa (us-central1)`); any other is reported and the regions read without
 * it. Unknown regions and cells that point elsewhere are reported.
 */
export function readRegionCell(cell: TableCell | undefined, column: RegionColumn, context: TableContext, facts: FactCollector): RegionCellReading {
  const registry = context.registry ?? regionRegistries[context.provider];
  const isName = (text: string) => registry.find(text) !== undefined;
  const reading: RegionCellReading = { regions: [], pointed: false };
  for (const item of cell?.items ?? []) {
    if (readCellMark(item.text) === 'not-available') continue;
    if (reportPointer(item, column, isName, facts)) {
      reading.pointed = true;
      continue;
    }
    for (const group of splitRegionList(item, { isName })) readGroup(group, column, context, registry, facts, reading.regions);
  }
  return reading;
}

function reportPointer(item: CellItem, column: RegionColumn, isName: (text: string) => boolean, facts: FactCollector): boolean {
  const pointer = readCellPointer(item, { isName });
  if (!pointer) return false;
  const where = pointer.href ? `"${pointer.target}" (\`${pointer.href}\`)` : `"${pointer.target}"`;
  facts.diagnose('info', 'cell-points-elsewhere', `Region cell points to ${where} instead of naming regions; no ${column.capability} facts from it`, item.line, item.column);
  return true;
}

function readGroup(group: RegionListGroup, column: RegionColumn, context: TableContext, registry: RegionRegistry, facts: FactCollector, into: CellRegion[]): void {
  const { provider } = context;
  // Deployment types are Azure's (src/data/deployment-types.json): other providers' qualifiers name none.
  const typed = provider === 'azure';
  const written = group.regions.map((span) => `"${span.text}"`).join(', ');
  const expected = typed ? `a deployment type such as \`(${DEPLOYMENT_TYPE_EXAMPLE})\`` : `a region code such as \`(${registry.regions[0]?.code})\``;
  const types = new Set<string>();
  let named: RegistryRegion | undefined;
  for (const qualifier of group.qualifiers) {
    const type = typed ? matchDeploymentType(qualifier.text) : undefined;
    const code = group.regions.length === 1 ? registry.find(qualifier.text) : undefined;
    if (type) types.add(type.id);
    else if (code) named = code;
    else if (group.regions.length === 0) {
      facts.diagnose('warning', 'region-qualifier-alone', `Unexpected qualifier \`(${qualifier.text})\` before any region, expected it after the regions it qualifies; ignored`, qualifier.line, qualifier.column);
    } else {
      facts.diagnose(
        'warning',
        'region-qualifier-unknown',
        `Unexpected qualifier \`(${qualifier.text})\` after ${written}, expected ${expected}; read without it`,
        qualifier.line,
        qualifier.column,
      );
    }
  }
  const deploymentTypes = types.size > 0 ? [...types] : [(typed ? column.deploymentType : undefined) ?? context.deploymentType];
  for (const span of group.regions) {
    // `East US, N/A`: a mark among the regions names none.
    if (readCellMark(span.text) === 'not-available') continue;
    const region = named ?? registry.find(span.text);
    if (!region) {
      facts.diagnose('warning', 'region-unknown', `Unknown ${registry.label} region \`${span.text}\` (not in ${registry.file}); no ${column.capability} fact`, span.line, span.column);
      continue;
    }
    for (const deploymentType of deploymentTypes) into.push(deploymentType ? { region, deploymentType, line: span.line } : { region, line: span.line });
  }
}
