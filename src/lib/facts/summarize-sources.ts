import type { Extraction } from './extract-dataset.ts';
import type { TableSummary } from './fact-drafts.ts';

/** What the extractor made of one source's tables. */
export interface SourceTables {
  /** Content-relative path of the source. */
  path: string;
  /** Tables read as availability tables, in document order. */
  read: TableSummary[];
  /** Tables left alone, grouped by why, each group in document order. */
  leftAlone: { reason: string; tables: TableSummary[] }[];
}

/** Per source, the tables read as availability tables and those left alone, with why. */
export function summarizeSources({ documents }: Pick<Extraction, 'documents'>): SourceTables[] {
  return documents
    .map((document) => {
      const read = document.tables.filter((table) => table.shape !== 'other');
      const reasons = new Map<string, TableSummary[]>();
      for (const table of document.tables) {
        if (table.shape !== 'other') continue;
        const reason = table.reason ?? 'not an availability table';
        reasons.set(reason, [...(reasons.get(reason) ?? []), table]);
      }
      return { path: document.meta.path, read, leftAlone: [...reasons].map(([reason, tables]) => ({ reason, tables })) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Where a table starts: its line, and the include it was written in when it is not the source itself. */
function placeOf(table: TableSummary, prefix: string): string {
  return table.file ? `${prefix}${table.file}:${table.line}` : `line ${table.line}`;
}

function describeRead(table: TableSummary, prefix: string): string {
  const facts = table.facts === undefined ? '' : `, ${table.facts} ${table.facts === 1 ? 'fact' : 'facts'}`;
  return `${placeOf(table, prefix)}: ${table.shape}, ${table.rows} ${table.rows === 1 ? 'row' : 'rows'}${facts}`;
}

/** One line per header decision: `column 3 \`Max request (tokens)\`: left alone, …`. */
function describeColumns(table: TableSummary): string[] {
  return (table.columns ?? []).map((decision) => {
    const what = decision.read ? `read as ${decision.read}` : `left alone, ${decision.leftAlone}`;
    return `              column ${decision.column} \`${decision.header}\`: ${what}`;
  });
}

/**
 * The per-source part of `--format text`: for each source, how many tables
 * were read and where, each header read as what or left alone and why, and
 * how many were left alone and why, so a docs team
 * sees at a glance what was and was not understood.
 */
export function formatSourceSummary(sources: readonly SourceTables[], prefix = ''): string[] {
  const lines: string[] = [];
  for (const source of sources) {
    const leftAlone = source.leftAlone.reduce((sum, group) => sum + group.tables.length, 0);
    lines.push(`${prefix}${source.path}: ${source.read.length} read, ${leftAlone} left alone`);
    for (const table of source.read) lines.push(`  read        ${describeRead(table, prefix)}`, ...describeColumns(table));
    for (const group of source.leftAlone) {
      lines.push(`  left alone  ${group.tables.length} × ${group.reason} (${group.tables.map((table) => placeOf(table, prefix)).join(', ')})`);
      for (const table of group.tables) lines.push(...describeColumns(table));
    }
  }
  return lines;
}
