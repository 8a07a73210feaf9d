import { readCellMark } from '../tables/cell-mark.ts';
import type { RegionListColumns } from '../tables/classify-table.ts';
import type { ReadTable, TableCell } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';
import type { TableContext } from './fact-drafts.ts';
import { readModelCell } from './read-model-cell.ts';
import { regionRegistries } from './region-registry.ts';
import { reportRowShape, reportRowWithoutFacts } from './report-row-shape.ts';

/**
 * Reads a table with one row per model and regions listed in cells (Azure):
 * offer markets (links kept as label + href), then one fact per region named
 * in each region column, through the provider's region registry.
 */
export function readRegionListTable(table: ReadTable, columns: RegionListColumns, context: TableContext, facts: FactCollector): void {
  const { provider } = context;
  const registry = regionRegistries[provider];
  for (const row of table.rows) {
    reportRowShape(table, row, facts);
    const models = readModelCell(row.cells[columns.model], row, table.headings, provider, facts);
    if (models.length === 0) continue;
    let found = 0;
    const offer = columns.offer === undefined ? undefined : row.cells[columns.offer];
    for (const item of offer?.items ?? []) {
      if (readCellMark(item.text) === 'not-available') continue;
      const links = item.links.length > 0 ? item.links : [{ label: item.text, href: '' }];
      for (const link of links) {
        // A link with no text is named by where it points.
        const market = link.label || link.href;
        if (!market) continue;
        for (const model of models) facts.addOffer(model.key, market, link.href || undefined, item.line);
        found++;
      }
    }
    for (const { index, capability } of columns.regions) {
      for (const item of itemsOf(row.cells[index])) {
        if (readCellMark(item.text) === 'not-available') continue;
        const region = registry.find(item.text);
        if (!region) {
          facts.diagnose('warning', 'region-unknown', `Unknown ${provider} region \`${item.text}\` (not in ${registry.file}); no ${capability} fact`, item.line, item.column);
          continue;
        }
        facts.addRegion(provider, region);
        for (const model of models) facts.addFact(model.key, provider, region.code, capability, item.line, context.deploymentType);
        found++;
      }
    }
    if (found === 0) reportRowWithoutFacts(models, row, facts);
  }
}

function itemsOf(cell: TableCell | undefined) {
  return cell?.items ?? [];
}
