import { countMarks } from '../tables/cell-mark.ts';
import type { ReadTable, TableRow } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';
import type { ModelDraft } from './fact-drafts.ts';

/**
 * Reports what was repaired or assumed about a row's shape: joined physical
 * lines, missing pipes, missing cells (not available, as GFM reads them),
 * extra cells (dropped) and rows with nothing after the model cell.
 */
export function reportRowShape(table: ReadTable, row: TableRow, facts: FactCollector): void {
  const columns = table.header.length;
  if (table.repaired && row.endLine > row.line) {
    const first = facts.where(row.line);
    const last = facts.where(row.endLine);
    const span = first.file === last.file ? `lines ${first.line}-${last.line}` : `${first.file}:${first.line} to ${last.file}:${last.line}`;
    facts.diagnose('warning', 'table-row-joined', `Row runs over ${row.endLine - row.line + 1} physical lines (${span}); GFM splits it, rebuilt as one row`, row.line, row.column);
  }
  if (!row.fenced.leading || !row.fenced.trailing) {
    const missing = !row.fenced.leading && !row.fenced.trailing ? 'leading and trailing pipes' : !row.fenced.leading ? 'a leading pipe' : 'a trailing pipe';
    facts.diagnose('warning', 'table-row-unfenced', `Row is missing ${missing}; cells read between the pipes it has`, row.line, row.column);
  }
  const cells = row.cells.length;
  if (cells <= 1 && columns > 1) {
    facts.diagnose('warning', 'table-row-no-cells', `Row has no cells after the model cell; read as not available in any of its ${columns - 1} columns`, row.line, row.column);
  } else if (cells < columns) {
    facts.diagnose('warning', 'table-row-short', `Row has ${cells} of ${columns} cells; the missing ${columns - cells} read as not available`, row.line, row.column);
  } else if (cells > columns) {
    const extra = row.cells.slice(columns);
    const marks = extra.reduce((sum, cell) => sum + countMarks(cell.text), 0);
    const lost = marks > 0 ? `, ${marks} ✔ among them not read` : '';
    const first = extra[0]!;
    facts.diagnose('warning', 'table-row-long', `Row has ${cells} cells but the header ${columns}; ${extra.length} extra dropped${lost}`, first.line, first.column);
  }
}

/** A row that names models but marks no region says so, so no row passes unread. */
export function reportRowWithoutFacts(models: readonly ModelDraft[], row: TableRow, facts: FactCollector): void {
  const names = models.map((model) => `"${model.name}"`).join(', ');
  facts.diagnose('info', 'table-row-no-availability', `Row names ${names} but marks no region; no facts`, row.line, row.column);
}
