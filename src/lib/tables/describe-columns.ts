import { placeColumns, type ClassifyTableOptions, type TableShape } from './classify-table.ts';
import { parseRegionHeader } from './parse-region-header.ts';

/** What the extractor made of one column header: read as what, or left alone and why. */
export interface ColumnDecision {
  /** 1-based column. */
  column: number;
  header: string;
  /** What the column is read as ("model", "regions (fine-tuning, standard-training)"). */
  read?: string;
  /** Why the column is not read. */
  leftAlone?: string;
}

const NOT_NAMED = 'names no availability, regions or training regions';

/**
 * Says, column by column, how a classified table is read, so the extractor's
 * summary shows every header decision. A table left alone lists only the
 * headers that look like regions (`Place (code)`) and why they are not.
 */
export function describeColumns(headers: readonly string[], shape: TableShape, options?: ClassifyTableOptions): ColumnDecision[] {
  const read = new Map<number, string>();
  const places = new Set(placeColumns(headers, options));
  if (shape.shape === 'region-list') {
    const { columns } = shape;
    read.set(columns.model, 'model');
    if (columns.offer !== undefined) read.set(columns.offer, 'offer markets');
    if (columns.version !== undefined) read.set(columns.version, 'model version');
    for (const region of columns.regions) read.set(region.index, `regions (${[region.capability, region.deploymentType].filter(Boolean).join(', ')})`);
    for (const qualifier of columns.qualifiers) read.set(qualifier.index, `${qualifier.deploymentType} marks (${qualifier.capability})`);
  } else if (shape.shape === 'matrix') {
    read.set(shape.model, 'model');
    for (const index of shape.regions) read.set(index, `region ${parseRegionHeader(headers[index]!)!.code}`);
  } else if (shape.shape === 'transposed') {
    read.set(shape.region, 'regions, one a row');
    for (const index of shape.models) read.set(index, 'model');
  } else if (shape.shape === 'category-matrix') {
    read.set(shape.category, 'access categories, one a row');
    for (const index of shape.models) read.set(index, 'model, regions in its cells');
  }
  const decisions: ColumnDecision[] = [];
  headers.forEach((header, index) => {
    const as = read.get(index);
    if (as) decisions.push({ column: index + 1, header, read: as });
    else if (parseRegionHeader(header) && !places.has(index)) decisions.push({ column: index + 1, header, leftAlone: placeNotRegion(header) });
    else if (shape.shape !== 'other') decisions.push({ column: index + 1, header, leftAlone: header.trim() === '' ? 'no header' : NOT_NAMED });
  });
  return decisions;
}

function placeNotRegion(header: string): string {
  const { name, code } = parseRegionHeader(header)!;
  return `not a region: neither "${name}" nor \`${code}\` is a known region and its cells are not availability marks (a quantity, limit or date)`;
}
