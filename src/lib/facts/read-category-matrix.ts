import type { ReadTable } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';
import type { ModelDraft, TableContext } from './fact-drafts.ts';
import { readModelItem } from './read-model-cell.ts';
import { readRegionCell } from './read-region-cell.ts';
import { reportRowShape } from './report-row-shape.ts';

/**
 * Reads an access-category matrix (Azure OpenAI's pages of 2023): one row per
 * access category ("Available to all subscriptions with Azure OpenAI access"),
 * one model a column (`gpt-4 (0613)`), the regions listed in each cell. Every
 * region of a column is a deployment fact of its model whatever the category;
 * an empty cell names none.
 */
export function readCategoryMatrix(table: ReadTable, modelColumns: readonly number[], context: TableContext, facts: FactCollector): void {
  const models = new Map<number, ModelDraft>();
  for (const index of modelColumns) {
    const item = table.header[index]?.items[0];
    const model = item ? readModelItem({ ...item, text: table.header[index]!.items.map((part) => part.text).join(' ') }, context.provider, facts) : undefined;
    if (model) models.set(index, model);
  }
  const column = { index: 0, capability: 'deployment' as const };
  for (const row of table.rows) {
    reportRowShape(table, row, facts);
    for (const [index, model] of models) {
      const reading = readRegionCell(row.cells[index], { ...column, index }, context, facts);
      for (const { region, deploymentType, line } of reading.regions) {
        facts.addRegion(context.provider, region);
        facts.addFact(model.key, context.provider, region.code, 'deployment', line, deploymentType);
      }
    }
  }
}
