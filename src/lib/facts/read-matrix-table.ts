import { countMarks } from '../tables/cell-mark.ts';
import { parseRegionHeader } from '../tables/parse-region-header.ts';
import type { ReadTable } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';
import type { TableContext } from './fact-drafts.ts';
import { readAvailabilityCell } from './read-availability-cell.ts';
import { readModelCell } from './read-model-cell.ts';
import { regionRegistries, type RegistryRegion } from './region-registry.ts';
import { reportRowShape, reportRowWithoutFacts } from './report-row-shape.ts';

/**
 * Reads a ✔ matrix: models as rows, regions as `Place (code)` columns. A
 * column that is not a known region is reported once and not read.
 */
export function readMatrixTable(table: ReadTable, modelColumn: number, regionColumns: readonly number[], context: TableContext, facts: FactCollector): void {
  const { provider } = context;
  const registry = context.registry ?? regionRegistries[provider];
  const regions = new Map<number, RegistryRegion>();
  table.header.forEach((cell, index) => {
    if (index === modelColumn) return;
    const marks = table.rows.reduce((sum, row) => sum + countMarks(row.cells[index]?.text ?? ''), 0);
    const lost = marks > 0 ? `; its ${marks} ✔ not read` : '';
    const parsed = parseRegionHeader(cell.text);
    if (!parsed) {
      facts.diagnose('warning', 'table-column-ignored', `Column \`${cell.text}\` is not a region (\`Place (code)\`)${lost}`, cell.line, cell.column);
      return;
    }
    // `Max Request (tokens)`: a place and code that no registry knows are a quantity, a limit or a date.
    if (!regionColumns.includes(index)) {
      facts.diagnose('warning', 'table-column-ignored', `Column \`${cell.text}\` is not a region: neither "${parsed.name}" nor \`${parsed.code}\` is in ${registry.file}${lost}`, cell.line, cell.column);
      return;
    }
    const region = registry.find(parsed.code);
    if (!region) {
      facts.diagnose('warning', 'region-unknown', `Unknown ${registry.label} region \`${parsed.code}\` ("${parsed.name}", not in ${registry.file})${lost}`, cell.line, cell.column);
      return;
    }
    facts.addRegion(provider, region);
    regions.set(index, region);
  });
  for (const row of table.rows) {
    reportRowShape(table, row, facts);
    const models = readModelCell(row.cells[modelColumn], row, table.headings, provider, facts);
    if (models.length === 0) continue;
    let found = 0;
    for (const [index, region] of regions) {
      const cell = row.cells[index];
      if (!cell || !readAvailabilityCell(cell, facts)) continue;
      for (const model of models) facts.addFact(model.key, provider, region.code, 'deployment', cell.line, context.deploymentType);
      found++;
    }
    if (found === 0) reportRowWithoutFacts(models, row, facts);
  }
}
