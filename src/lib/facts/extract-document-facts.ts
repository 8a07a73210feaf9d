import type { Root, RootContent } from 'mdast';
import type { LoadedDocument } from '../content/load-document.ts';
import { sourceMeta } from '../content/source-meta.ts';
import { AVAILABILITY_MARK } from '../tables/cell-mark.ts';
import { classifyTable } from '../tables/classify-table.ts';
import { describeColumns } from '../tables/describe-columns.ts';
import { dropUnsafeLinks } from './drop-unsafe-links.ts';
import { maskHiddenText } from '../tables/mask-hidden-text.ts';
import { readDocumentTables } from '../tables/read-tables.ts';
import type { ReadTable } from '../tables/table-types.ts';
import type { Provider } from './dataset-schema.ts';
import { createFactCollector, type FactCollector } from './fact-collector.ts';
import type { DocumentFacts, TableContext, TableItems, TableSummary, UnplacedFact } from './fact-drafts.ts';
import { inferTableProvider, type ReadableShape } from './infer-table-provider.ts';
import { matchDeploymentType } from './match-deployment-type.ts';
import { readCategoryMatrix } from './read-category-matrix.ts';
import { readMatrixTable } from './read-matrix-table.ts';
import { readRegionListTable } from './read-region-list-table.ts';
import { readTransposedTable } from './read-transposed-table.ts';
import { reportMarksOutsideTables } from './report-marks-outside-tables.ts';
import { reportPossibleDuplicateModels } from './report-possible-duplicate-models.ts';
import { anyRegistry, regionRegistries } from './region-registry.ts';

export interface ExtractDocumentOptions {
  /**
   * The provider the site config gives the document's source folder; it
   * decides over anything the tables say (default: none, each table's own
   * regions decide, then a known upstream site's provider).
   */
  provider?: Provider;
  /** Parses the document for its tables: the guide renderer's parse, so the guide goes on from the same tree (default: GFM). */
  parse?: (text: string) => Root;
}

const emptyOptions: ExtractDocumentOptions = {};

/** How a document's tables get their provider. */
interface ProviderSetting {
  /** Said by the config or the known upstream site: every table is that provider's. */
  explicit?: Provider;
  /** Guessed from front matter (`ms.*` keys, `date_scraped`): a table's own regions outweigh it. */
  guess?: Provider;
}

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
export function extractDocumentFacts(doc: LoadedDocument, options?: ExtractDocumentOptions): DocumentFacts {
  return readDocument(doc, options).facts;
}

/** Like `extractDocumentFacts`, keeping the parse: the guide renderer goes on from the same tree. */
export function readDocument(doc: LoadedDocument, options?: ExtractDocumentOptions): DocumentReading {
  const settings = options ?? emptyOptions;
  const meta = sourceMeta(doc.path, doc.data, doc.text);
  const explicit = settings.provider ?? siteProvider(meta.site?.provider);
  const setting: ProviderSetting = explicit ? { explicit } : meta.provider ? { guess: meta.provider } : {};
  const facts = createFactCollector(doc);
  const unplaced: UnplacedFact[] = [];
  const hasTables = doc.text.includes('|');
  const hasMarks = AVAILABILITY_MARK.test(doc.text);
  // Masked once, for reading the tables and for the marks outside them.
  const visible = hasTables || hasMarks ? maskHiddenText(doc.text.split('\n')) : [];
  const { tree, tables: read } = hasTables ? readDocumentTables(doc.text, settings.parse ? { origins: doc.origins, visible, parse: settings.parse } : { origins: doc.origins, visible }) : { tree: undefined, tables: [] };
  const tableItems: TableItems[] = [];
  const tables = read.map((table) => {
    const before = { availability: facts.availability.length, offers: facts.offers.length };
    const summary = readTableFacts(doc, table, meta.path, setting, facts, unplaced);
    // A table without a provider read into a collector of its own: it gave the dataset nothing.
    tableItems.push({ availability: facts.availability.slice(before.availability), offers: facts.offers.slice(before.offers) });
    return summary;
  });
  if (hasMarks) reportMarksOutsideTables(visible, read.filter((_, index) => tables[index]!.shape !== 'other'), facts);
  reportPossibleDuplicateModels(facts);
  const inferred = new Set(tables.flatMap((table) => table.provider ?? []));
  const provider = explicit ?? (inferred.size === 1 ? [...inferred][0] : meta.provider);
  const { provider: _guess, ...rest } = meta;
  const places = read.map((table): TablePlace => {
    const place: TablePlace = { readApart: table.node?.type === 'html', line: table.line, endLine: table.rows.at(-1)?.endLine ?? table.line + 1 };
    if (table.node) place.node = table.node;
    return place;
  });
  const documentFacts: DocumentFacts = {
    meta: provider ? { ...rest, provider } : rest,
    models: [...facts.models.values()],
    regions: [...facts.regions.values()],
    availability: facts.availability,
    offers: facts.offers,
    unplaced,
    tables,
    tableItems,
  };
  return tree ? { facts: documentFacts, tree, places } : { facts: documentFacts, places };
}

function siteProvider(value: string | undefined): Provider | undefined {
  return value && value in regionRegistries ? (value as Provider) : undefined;
}

function readTableFacts(doc: LoadedDocument, table: ReadTable, sourcePath: string, setting: ProviderSetting, facts: FactCollector, unplaced: UnplacedFact[]): TableSummary {
  const headers = table.header.map((cell) => cell.text);
  const isRegion = (text: string) => knownRegion(setting.explicit, text);
  const options = { rows: table.rows.map((row) => row.cells.map((cell) => cell.text)), isRegion };
  const shape = classifyTable(headers, options);
  const place = facts.where(table.line);
  // A table without rows ends on its delimiter row.
  const end = facts.where(table.rows.at(-1)?.endLine ?? table.line + 1);
  const summary: TableSummary = { line: place.line, endLine: end.line, shape: shape.shape, rows: table.rows.length };
  const columns = describeColumns(headers, shape, options);
  if (columns.length > 0) summary.columns = columns;
  if (place.file !== sourcePath) summary.file = place.file;
  // A repair is reported on any table: a docs team fixing the page wants to know, read or not.
  for (const problem of table.problems) facts.diagnose(problem.severity, problem.rule, problem.message, problem.line, problem.column);
  dropUnsafeLinks(table, facts);
  if (shape.shape === 'other') {
    summary.reason = shape.reason;
    if (shape.nearMiss) facts.diagnose('warning', 'table-matrix-unread', `Table not read: ${shape.reason}`, table.line, table.column);
    return summary;
  }
  const provider = setting.explicit ?? tableProvider(table, shape, setting.guess, facts);
  // A table no provider's registry claims is read all the same, its facts kept apart without a provider.
  const into = provider ? facts : createFactCollector(doc);
  const factsBefore = into.availability.length;
  const context: TableContext = provider ? { provider } : { provider: setting.guess ?? 'azure', registry: anyRegistry };
  // Deployment types are Azure's (src/data/deployment-types.json): Google's "Global" heading is a region group.
  const deploymentType = context.provider === 'azure' ? tableDeploymentType(table) : undefined;
  if (deploymentType) context.deploymentType = deploymentType;
  if (shape.shape === 'region-list') readRegionListTable(table, shape.columns, context, into);
  else if (shape.shape === 'matrix') readMatrixTable(table, shape.model, shape.regions, context, into);
  else if (shape.shape === 'category-matrix') readCategoryMatrix(table, shape.models, context, into);
  else readTransposedTable(table, shape.region, shape.models, context, into);
  summary.facts = into.availability.length - factsBefore;
  if (provider) summary.provider = provider;
  else unplaced.push(...unplacedFacts(into));
  return summary;
}

/**
 * The provider a table's own regions name (reported as inferred, a warning
 * when it is not the provider the front matter suggests), or `undefined`,
 * reported, when none or several do.
 */
function tableProvider(table: ReadTable, shape: ReadableShape, guess: Provider | undefined, facts: FactCollector): Provider | undefined {
  const inference = inferTableProvider(table, shape);
  if (!inference.provider) {
    // No region known at all: nothing contradicts the front matter, and the table's offers still need a provider.
    const fallback = inference.known === 0 ? guess : undefined;
    const outcome = fallback ? `read as ${fallback} by its front matter` : 'its facts and offers are kept without a provider (shown on /data-quality/)';
    facts.diagnose('warning', 'provider-unknown', `No provider for this table: ${inference.why}; ${outcome}`, table.line, table.column);
    return fallback;
  }
  const { provider, regions } = inference;
  if (guess && guess !== provider) {
    facts.diagnose('warning', 'provider-guess-contradicted', `The page looks like ${guess}'s by its front matter, but ${namesKnown(regions)} this table writes that a registry knows ${regions === 1 ? 'is' : 'are'} ${provider}'s; read as ${provider}`, table.line, table.column);
  } else {
    facts.diagnose('info', 'provider-inferred', `No source names a provider; this table is ${provider}'s: ${namesKnown(regions)} it writes that a registry knows ${regions === 1 ? 'is' : 'are'} in ${regionRegistries[provider].file}`, table.line, table.column);
  }
  return provider;
}

function namesKnown(count: number): string {
  return count === 1 ? 'the one region name' : `all ${count} region names`;
}

/** The facts and offers a table without a provider gave, by the names it wrote. */
function unplacedFacts(read: FactCollector): UnplacedFact[] {
  const modelName = (key: string) => read.models.get(key)?.name ?? key;
  const facts = read.availability.map((fact) => {
    const region = [...read.regions.values()].find((candidate) => candidate.code === fact.region);
    const entry: UnplacedFact = { model: modelName(fact.model), region: region?.name ?? fact.region, capability: fact.capability, file: fact.file, line: fact.line };
    if (fact.deploymentType) entry.deploymentType = fact.deploymentType;
    return entry;
  });
  const offers = read.offers.map((offer): UnplacedFact => ({ model: modelName(offer.model), market: offer.market, file: offer.file, line: offer.line }));
  return [...facts, ...offers];
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
