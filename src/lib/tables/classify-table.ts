import { classifyRegionListColumns, type RegionListColumns } from './classify-region-list-columns.ts';
import { parseRegionHeader } from './parse-region-header.ts';

export type { RegionListColumns } from './classify-region-list-columns.ts';

export type TableShape =
  | { shape: 'region-list'; columns: RegionListColumns }
  | { shape: 'matrix'; model: number; regions: number[] }
  | { shape: 'other'; reason: string };

const MODEL_HEADER = /^models?(?:\s+name)?$/i;

/**
 * Recognises an availability table by its headers, not by the file it is in:
 * - region-list: a "Model" column and region columns ("Hub/Project Region for
 *   Deployment", "... for Fine tuning"), optionally "Offer Availability Region";
 * - matrix: region columns written `Place (code)`, models in the first column.
 */
export function classifyTable(headers: readonly string[]): TableShape {
  if (headers.length < 2) return { shape: 'other', reason: 'fewer than two columns' };
  const first = headers[0]!.replace(/\*\*|__/g, '').trim();
  const rest = headers.slice(1);
  const regionColumns = rest.flatMap((text, index) => (parseRegionHeader(text) ? [index + 1] : []));
  if ((first === '' || MODEL_HEADER.test(first)) && regionColumns.length > 0 && regionColumns.length * 2 >= rest.length) {
    return { shape: 'matrix', model: 0, regions: regionColumns };
  }
  if (MODEL_HEADER.test(first)) {
    const columns = classifyRegionListColumns(headers, 0);
    if (columns) return { shape: 'region-list', columns };
    return { shape: 'other', reason: 'a Model column but no region column' };
  }
  return { shape: 'other', reason: 'no Model column and no `Place (code)` region columns' };
}
