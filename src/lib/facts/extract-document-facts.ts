import type { LoadedDocument } from '../content/load-document.ts';
import { sourceMeta } from '../content/source-meta.ts';
import { classifyTable } from '../tables/classify-table.ts';
import { parseRegionHeader } from '../tables/parse-region-header.ts';
import { readTables } from '../tables/read-tables.ts';
import type { ReadTable } from '../tables/table-types.ts';
import type { Provider } from './dataset-schema.ts';
import { createFactCollector, type FactCollector } from './fact-collector.ts';
import type { DocumentFacts, TableContext, TableSummary } from './fact-drafts.ts';
import { matchDeploymentType } from './match-deployment-type.ts';
import { readMatrixTable } from './read-matrix-table.ts';
import { readRegionListTable } from './read-region-list-table.ts';
import { reportMarksOutsideTables } from './report-marks-outside-tables.ts';
import { regionRegistries } from './region-registry.ts';

/**
 * Reads every availability table of one loaded document (includes already
 * expanded) into located models, regions, facts and offers. The document is
 * parsed once; problems are reported on `doc.file`. A document without a
 * pipe cannot hold a GFM table and is not parsed at all.
 */
export function extractDocumentFacts(doc: LoadedDocument): DocumentFacts {
  const meta = sourceMeta(doc.path, doc.data, doc.text);
  const facts = createFactCollector(doc);
  const read = doc.text.includes('|') ? readTables(doc.text) : [];
  const tables = read.map((table) => readTableFacts(table, meta.provider, facts));
  reportMarksOutsideTables(doc.text, read.filter((_, index) => tables[index]!.shape !== 'other'), facts);
  return {
    meta,
    models: [...facts.models.values()],
    regions: [...facts.regions.values()],
    availability: facts.availability,
    offers: facts.offers,
    tables,
  };
}

function readTableFacts(table: ReadTable, sourceProvider: Provider | undefined, facts: FactCollector): TableSummary {
  const shape = classifyTable(table.header.map((cell) => cell.text));
  const summary: TableSummary = { line: facts.where(table.line).line, shape: shape.shape, rows: table.rows.length };
  if (shape.shape === 'other') {
    summary.reason = shape.reason;
    return summary;
  }
  const provider = sourceProvider ?? assumeProvider(table, shape.shape === 'matrix' ? shape.regions : []);
  if (!sourceProvider) {
    facts.diagnose('info', 'source-provider-assumed', `The document names no provider; this table read as ${provider} by its region names`, table.line, table.column);
  }
  for (const problem of table.problems) facts.diagnose(problem.severity, problem.rule, problem.message, problem.line, problem.column);
  const context: TableContext = { provider };
  // Deployment types are Azure's (src/data/deployment-types.json): Google's "Global" heading is a region group.
  const deploymentType = provider === 'azure' ? tableDeploymentType(table) : undefined;
  if (deploymentType) context.deploymentType = deploymentType;
  if (shape.shape === 'region-list') readRegionListTable(table, shape.columns, context, facts);
  else readMatrixTable(table, shape.model, shape.regions, context, facts);
  return summary;
}

/**
 * The deployment type the table sits under: the innermost tab label, else the
 * innermost heading, that names one ("Global Standard", "Provisioned managed").
 */
function tableDeploymentType(table: ReadTable): string | undefined {
  for (const label of [...table.tabs].reverse()) {
    const type = matchDeploymentType(label);
    if (type) return type.id;
  }
  for (const heading of [...table.headings].reverse()) {
    const type = matchDeploymentType(heading);
    if (type) return type.id;
  }
  return undefined;
}

/** The provider whose registry knows most of a matrix's region codes; region lists are Azure's shape. */
function assumeProvider(table: ReadTable, regionColumns: readonly number[]): Provider {
  if (regionColumns.length === 0) return 'azure';
  const known = (provider: Provider) =>
    regionColumns.filter((index) => {
      const code = parseRegionHeader(table.header[index]?.text ?? '')?.code;
      return code !== undefined && regionRegistries[provider].find(code) !== undefined;
    }).length;
  return known('azure') > known('google-cloud') ? 'azure' : 'google-cloud';
}
