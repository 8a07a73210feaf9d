import type { Root, RootContent } from 'mdast';
import type { LoadedDocument } from '../content/load-document.ts';
import { sourceMeta } from '../content/source-meta.ts';
import { AVAILABILITY_MARK } from '../tables/cell-mark.ts';
import { classifyTable, type TableShape } from '../tables/classify-table.ts';
import { maskHiddenText } from '../tables/mask-hidden-text.ts';
import { parseRegionHeader } from '../tables/parse-region-header.ts';
import { readDocumentTables } from '../tables/read-tables.ts';
import type { ReadTable } from '../tables/table-types.ts';
import type { Provider } from './dataset-schema.ts';
import { createFactCollector, type FactCollector } from './fact-collector.ts';
import type { DocumentFacts, TableContext, TableItems, TableSummary } from './fact-drafts.ts';
import { matchDeploymentType } from './match-deployment-type.ts';
import { readMatrixTable } from './read-matrix-table.ts';
import { readRegionListTable } from './read-region-list-table.ts';
import { readTransposedTable, regionCellText } from './read-transposed-table.ts';
import { reportMarksOutsideTables } from './report-marks-outside-tables.ts';
import { reportPossibleDuplicateModels } from './report-possible-duplicate-models.ts';
import { regionRegistries } from './region-registry.ts';

/** Where a table of a document sits in the document's tree, for the guide renderer. */
export interface TablePlace {
  /** The node the table was read from: its table node, or the placeholder of a table read apart; absent when the parse kept none. */
  node?: RootContent;
  /** Whether `node` is a placeholder: the table's own lines were parsed apart. */
  readApart: boolean;
  /** The table's first and last line in the document's expanded text. */
  line: number;
  endLine: number;
}

/** One reading of a document: its facts, and the tree they were read from with each table's place in it. */
export interface DocumentReading {
  facts: DocumentFacts;
  /** The document's parse, when it has tables (a document without a pipe is not parsed). */
  tree?: Root;
  /** Per table of `facts.tables`, in the same order. */
  places: TablePlace[];
}

/**
 * Reads every availability table of one loaded document (includes already
 * expanded) into located models, regions, facts and offers. The document is
 * parsed once; problems are reported on `doc.file`. A document without a
 * pipe cannot hold a GFM table and is not parsed at all. Once every table is
 * read, models that look like one model spelled two ways are reported.
 */
export function extractDocumentFacts(doc: LoadedDocument): DocumentFacts {
  return readDocument(doc).facts;
}

/** Like `extractDocumentFacts`, keeping the parse: the guide renderer goes on from the same tree. */
export function readDocument(doc: LoadedDocument): DocumentReading {
  const meta = sourceMeta(doc.path, doc.data, doc.text);
  const facts = createFactCollector(doc);
  const hasTables = doc.text.includes('|');
  const hasMarks = AVAILABILITY_MARK.test(doc.text);
  // Masked once, for reading the tables and for the marks outside them.
  const visible = hasTables || hasMarks ? maskHiddenText(doc.text.split('\n')) : [];
  const { tree, tables: read } = hasTables ? readDocumentTables(doc.text, { origins: doc.origins, visible }) : { tree: undefined, tables: [] };
  const tableItems: TableItems[] = [];
  const tables = read.map((table) => {
    const before = { availability: facts.availability.length, offers: facts.offers.length };
    const summary = readTableFacts(table, meta.path, meta.provider, facts);
    tableItems.push({ availability: facts.availability.slice(before.availability), offers: facts.offers.slice(before.offers) });
    return summary;
  });
  if (hasMarks) reportMarksOutsideTables(visible, read.filter((_, index) => tables[index]!.shape !== 'other'), facts);
  reportPossibleDuplicateModels(facts);
  const places = read.map((table): TablePlace => {
    const place: TablePlace = { readApart: table.node?.type === 'html', line: table.line, endLine: table.rows.at(-1)?.endLine ?? table.line + 1 };
    if (table.node) place.node = table.node;
    return place;
  });
  const documentFacts: DocumentFacts = { meta, models: [...facts.models.values()], regions: [...facts.regions.values()], availability: facts.availability, offers: facts.offers, tables, tableItems };
  return tree ? { facts: documentFacts, tree, places } : { facts: documentFacts, places };
}

function readTableFacts(table: ReadTable, sourcePath: string, sourceProvider: Provider | undefined, facts: FactCollector): TableSummary {
  const shape = classifyTable(
    table.header.map((cell) => cell.text),
    { rows: table.rows.map((row) => row.cells.map((cell) => cell.text)), isRegion: (text) => knownRegion(sourceProvider, text) },
  );
  const place = facts.where(table.line);
  // A table without rows ends on its delimiter row.
  const end = facts.where(table.rows.at(-1)?.endLine ?? table.line + 1);
  const summary: TableSummary = { line: place.line, endLine: end.line, shape: shape.shape, rows: table.rows.length };
  if (place.file !== sourcePath) summary.file = place.file;
  // A repair is reported on any table: a docs team fixing the page wants to know, read or not.
  for (const problem of table.problems) facts.diagnose(problem.severity, problem.rule, problem.message, problem.line, problem.column);
  if (shape.shape === 'other') {
    summary.reason = shape.reason;
    return summary;
  }
  const provider = sourceProvider ?? assumeProvider(table, shape);
  if (!sourceProvider) {
    facts.diagnose('info', 'source-provider-assumed', `The document names no provider; this table read as ${provider} by its region names`, table.line, table.column);
  }
  const factsBefore = facts.availability.length;
  const context: TableContext = { provider };
  // Deployment types are Azure's (src/data/deployment-types.json): Google's "Global" heading is a region group.
  const deploymentType = provider === 'azure' ? tableDeploymentType(table) : undefined;
  if (deploymentType) context.deploymentType = deploymentType;
  if (shape.shape === 'region-list') readRegionListTable(table, shape.columns, context, facts);
  else if (shape.shape === 'matrix') readMatrixTable(table, shape.model, shape.regions, context, facts);
  else readTransposedTable(table, shape.region, shape.models, context, facts);
  summary.facts = facts.availability.length - factsBefore;
  return summary;
}

/**
 * The deployment type the table sits under: the innermost tab label, else the
 * innermost heading, that names one ("Global Standard", "Provisioned managed").
 */
function tableDeploymentType(table: ReadTable): string | undefined {
  for (const label of [...table.tabs].reverse().concat([...table.headings].reverse())) {
    const type = matchDeploymentType(label);
    if (type) return type.id;
  }
  return undefined;
}

/** Whether a text names a region of the document's provider, or of any provider when it names none. */
function knownRegion(provider: Provider | undefined, text: string): boolean {
  if (provider) return regionRegistries[provider].find(text) !== undefined;
  return regionRegistries.azure.find(text) !== undefined || regionRegistries['google-cloud'].find(text) !== undefined;
}

/**
 * The provider whose registry knows most of a table's regions: a matrix's
 * region codes, a transposed matrix's first column; region lists are Azure's shape.
 */
function assumeProvider(table: ReadTable, shape: Exclude<TableShape, { shape: 'other' }>): Provider {
  if (shape.shape === 'region-list') return 'azure';
  const regions =
    shape.shape === 'matrix'
      ? shape.regions.flatMap((index) => parseRegionHeader(table.header[index]?.text ?? '')?.code ?? [])
      : table.rows.map((row) => regionCellText(row.cells[shape.region]));
  const known = (provider: Provider) => regions.filter((text) => regionRegistries[provider].find(text) !== undefined).length;
  return known('azure') > known('google-cloud') ? 'azure' : 'google-cloud';
}
