import { readCellMark } from '../tables/cell-mark.ts';
import type { TableShape } from '../tables/classify-table.ts';
import { parseRegionHeader } from '../tables/parse-region-header.ts';
import { splitRegionList } from '../tables/split-region-list.ts';
import type { ReadTable, TableCell } from '../tables/table-types.ts';
import type { Provider } from './dataset-schema.ts';
import { regionRegistries } from './region-registry.ts';
import { regionCellText } from './read-transposed-table.ts';

export type ReadableShape = Exclude<TableShape, { shape: 'other' }>;

/** The provider a table's own regions name, or why none does. */
export type ProviderInference = { provider: Provider; regions: number } | { provider: undefined; why: string; known: number };

const providers = Object.keys(regionRegistries) as Provider[];
const knownAnywhere = (text: string) => providers.some((provider) => regionRegistries[provider].find(text) !== undefined);

/**
 * Which provider's registry knows every region the table names (as written:
 * a matrix's `Place (code)` headers, a transposed table's first column, the
 * regions listed in cells). Names no registry knows don't count; a table
 * whose known names all belong to one provider is that provider's. None known,
 * or names of several providers, give no provider and say why.
 */
export function inferTableProvider(table: ReadTable, shape: ReadableShape): ProviderInference {
  const names = regionNames(table, shape);
  const counts = providers.map((provider) => ({ provider, known: names.filter((spellings) => spellings.some((text) => regionRegistries[provider].find(text) !== undefined)).length }));
  const naming = counts.filter((count) => count.known > 0);
  if (naming.length === 1) return { provider: naming[0]!.provider, regions: naming[0]!.known };
  if (naming.length === 0) return { provider: undefined, why: `none of the ${names.length} regions it names is in a region registry (src/data/regions/*.json)`, known: 0 };
  return { provider: undefined, why: `it names regions of ${naming.map((count) => `${count.provider} (${count.known})`).join(' and ')}`, known: naming.length };
}

/** Every region the table names, each with the spellings it is written in (a matrix header's place and code). */
function regionNames(table: ReadTable, shape: ReadableShape): string[][] {
  if (shape.shape === 'matrix') {
    return shape.regions.flatMap((index) => {
      const header = parseRegionHeader(table.header[index]?.text ?? '');
      return header ? [[header.code, header.name]] : [];
    });
  }
  if (shape.shape === 'transposed') return table.rows.map((row) => [regionCellText(row.cells[shape.region])]).filter(([text]) => text !== '');
  const columns = shape.shape === 'region-list' ? shape.columns.regions.map((column) => column.index) : shape.models;
  return table.rows.flatMap((row) => columns.flatMap((index) => listedNames(row.cells[index])));
}

function listedNames(cell: TableCell | undefined): string[][] {
  return (cell?.items ?? []).flatMap((item) => {
    if (readCellMark(item.text) === 'not-available') return [];
    // `Iowa (us-central1)` in a cell: the place and its code are one region.
    return splitRegionList(item, { isName: knownAnywhere }).flatMap((group) =>
      group.regions.map((span) => [span.text, ...(group.regions.length === 1 ? group.qualifiers.map((qualifier) => qualifier.text) : [])]),
    );
  });
}
