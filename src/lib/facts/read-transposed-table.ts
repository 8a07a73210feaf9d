import { countMarks, holdsAvailabilityMarks } from '../tables/cell-mark.ts';
import type { ReadTable, TableCell } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';
import type { ModelDraft, TableContext } from './fact-drafts.ts';
import { readAvailabilityCell } from './read-availability-cell.ts';
import { readModelItem } from './read-model-cell.ts';
import { regionRegistries } from './region-registry.ts';
import { reportRowShape } from './report-row-shape.ts';
import { splitHeaderVersion } from './split-model-version.ts';

/** Emphasis and code marks around a region written in a cell (`**eastus**`, `` `eastus` ``). */
const REGION_DECORATION = /\*\*|__|`/g;

/**
 * Reads a transposed ✔ matrix (Azure OpenAI's model matrices): regions as
 * rows, one model a column, its header `gpt-4o, 2024-05-13` naming model and
 * version. A column that is not a model and a row whose region is not in the
 * registry are reported with the ✔ they lose.
 */
export function readTransposedTable(table: ReadTable, regionColumn: number, modelColumns: readonly number[], context: TableContext, facts: FactCollector): void {
  const { provider } = context;
  const registry = context.registry ?? regionRegistries[provider];
  const models = new Map<number, ModelDraft>();
  for (const index of modelColumns) {
    const model = readModelHeader(table, index, context, facts);
    if (model) models.set(index, model);
  }
  for (const row of table.rows) {
    reportRowShape(table, row, facts);
    const cell = row.cells[regionColumn];
    const written = regionCellText(cell);
    const marks = modelColumns.reduce((sum, index) => sum + countMarks(row.cells[index]?.text ?? ''), 0);
    const lost = marks > 0 ? `; its ${marks} ✔ not read` : '';
    if (written === '') {
      facts.diagnose('warning', 'table-empty-region-cell', `Region cell empty, expected a region${lost}`, row.line, row.column);
      continue;
    }
    const region = registry.find(written);
    if (!region) {
      facts.diagnose('warning', 'region-unknown', `Unknown ${registry.label} region \`${written}\` (not in ${registry.file})${lost}`, cell!.line, cell!.column);
      continue;
    }
    facts.addRegion(provider, region);
    let found = 0;
    for (const [index, model] of models) {
      const mark = row.cells[index];
      if (!mark || !readAvailabilityCell(mark, facts)) continue;
      facts.addFact(model.key, provider, region.code, 'deployment', mark.line, context.deploymentType);
      found++;
    }
    if (found === 0) facts.diagnose('info', 'table-row-no-availability', `Row names region \`${written}\` but marks no model; no facts`, row.line, row.column);
  }
}

/** The region a row's first cell names, as written, without emphasis or code marks. */
export function regionCellText(cell: TableCell | undefined): string {
  return cell?.text.replace(REGION_DECORATION, '').trim() ?? '';
}

/**
 * The model a column header names. A header that is empty, or whose column
 * holds text but no ✔ or "not available" mark (a "Notes" column), is not a
 * model: reported, and its column not read.
 */
function readModelHeader(table: ReadTable, index: number, context: TableContext, facts: FactCollector): ModelDraft | undefined {
  const header = table.header[index]!;
  const cells = table.rows.map((row) => row.cells[index]).filter((cell): cell is TableCell => cell !== undefined);
  const marks = cells.reduce((sum, cell) => sum + countMarks(cell.text), 0);
  const lost = marks > 0 ? `; its ${marks} ✔ not read` : '';
  const first = header.items[0];
  if (!first) {
    facts.diagnose('warning', 'table-column-ignored', `Column ${index + 1} has no header, expected a model name${lost}`, header.line, header.column);
    return undefined;
  }
  if (!holdsAvailabilityMarks(cells.map((cell) => cell.text))) {
    facts.diagnose('warning', 'table-column-ignored', `Column \`${header.text}\` holds no availability marks, expected a model with ✔ per region; not read`, header.line, header.column);
    return undefined;
  }
  // `gpt-4o<br>2024-05-13` is the comma form split over two lines.
  const { name, version } = splitHeaderVersion(header.items.map((item) => item.text).join(', '));
  return readModelItem({ ...first, text: name }, context.provider, facts, version ? { version } : {});
}
