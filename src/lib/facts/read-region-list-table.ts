import { readCellMark } from '../tables/cell-mark.ts';
import type { QualifierColumn, RegionListColumns } from '../tables/classify-region-list-columns.ts';
import { readVersionCell } from '../tables/read-version-cell.ts';
import type { ReadTable, TableRow } from '../tables/table-types.ts';
import type { Capability } from './dataset-schema.ts';
import type { FactCollector } from './fact-collector.ts';
import type { ModelDraft, TableContext } from './fact-drafts.ts';
import { readModelCell } from './read-model-cell.ts';
import { readRegionCell } from './read-region-cell.ts';
import { reportRowShape, reportRowWithoutFacts } from './report-row-shape.ts';

/** A fact read from a row's region cells, before qualifier columns add theirs. */
interface RowFact {
  model: string;
  region: string;
  capability: Capability;
}

/**
 * Reads a table with one row per model and regions listed in cells (Azure):
 * the models (one per version when a "Version" column names several), offer
 * markets (links kept as label + href), one fact per region named in each
 * region column, then, for each column of ✅ marks that names a deployment or
 * training type ("Global training"), the row's facts of that capability again
 * with that type.
 */
export function readRegionListTable(table: ReadTable, columns: RegionListColumns, context: TableContext, facts: FactCollector): void {
  const { provider } = context;
  const qualifiers = readableQualifiers(table, columns, context, facts);
  for (const row of table.rows) {
    reportRowShape(table, row, facts);
    const models = readRowModels(table, row, columns, context, facts);
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
    let pointed = false;
    const rowFacts = new Map<string, RowFact>();
    for (const column of columns.regions) {
      const reading = readRegionCell(row.cells[column.index], column, context, facts);
      pointed ||= reading.pointed;
      for (const { region, deploymentType, line } of reading.regions) {
        facts.addRegion(provider, region);
        for (const model of models) {
          facts.addFact(model.key, provider, region.code, column.capability, line, deploymentType);
          rowFacts.set(`${model.key}|${region.code}|${column.capability}`, { model: model.key, region: region.code, capability: column.capability });
        }
        found++;
      }
    }
    for (const qualifier of qualifiers) readQualifierCell(table, row, qualifier, [...rowFacts.values()], context, facts);
    // A cell that points elsewhere was reported already.
    if (found === 0 && !pointed) reportRowWithoutFacts(models, row, facts);
  }
}

/**
 * The row's models: one per version when a "Version" column names several
 * (`0613 <br> 1106`), each with the row's facts.
 */
function readRowModels(table: ReadTable, row: TableRow, columns: RegionListColumns, context: TableContext, facts: FactCollector): ModelDraft[] {
  const cell = row.cells[columns.model];
  const versionCell = columns.version === undefined ? undefined : row.cells[columns.version];
  const versions = readVersionCell(versionCell);
  if (versions.length === 0) return readModelCell(cell, row, table.headings, context.provider, facts);
  if (versionCell && versions.length > 1) {
    facts.diagnose('info', 'table-cell-several-versions', `Version cell names ${versions.length} versions separated by \`<br>\`; each gets the row's facts`, versionCell.line, versionCell.column);
  }
  return versions.flatMap((version) => readModelCell(cell, row, table.headings, context.provider, facts, { version }));
}

/** Qualifier columns name Azure's deployment types (src/data/deployment-types.json); another provider's table does not read them. */
function readableQualifiers(table: ReadTable, columns: RegionListColumns, context: TableContext, facts: FactCollector): QualifierColumn[] {
  if (context.provider === 'azure') return columns.qualifiers;
  for (const { index } of columns.qualifiers) {
    const header = table.header[index]!;
    facts.diagnose('warning', 'table-column-ignored', `Column \`${header.text}\` names an Azure deployment type in a ${context.provider} table; not read`, header.line, header.column);
  }
  return [];
}

/** A ✅ in a qualifier column records each of the row's facts of its capability again with its type. */
function readQualifierCell(table: ReadTable, row: TableRow, qualifier: QualifierColumn, rowFacts: readonly RowFact[], context: TableContext, facts: FactCollector): void {
  const cell = row.cells[qualifier.index];
  const header = table.header[qualifier.index]!.text;
  const text = cell?.text ?? '';
  const mark = readCellMark(text);
  if (mark === 'not-available') return;
  // Point at the mark itself, not the cell's opening pipe.
  const at = cell?.items[0] ?? cell ?? row;
  if (mark === 'unrecognized') {
    facts.diagnose('warning', 'cell-unrecognized', `Unexpected \`${text}\` in the \`${header}\` column, expected ✅, ✔ or \`-\`; no ${qualifier.deploymentType} facts`, at.line, at.column);
    return;
  }
  const qualified = rowFacts.filter((fact) => fact.capability === qualifier.capability);
  if (qualified.length === 0) {
    facts.diagnose('warning', 'qualifier-mark-unused', `Column \`${header}\` marks the row but it names no ${qualifier.capability} region; no ${qualifier.deploymentType} fact`, at.line, at.column);
    return;
  }
  for (const fact of qualified) facts.addFact(fact.model, context.provider, fact.region, fact.capability, at.line, qualifier.deploymentType);
}
