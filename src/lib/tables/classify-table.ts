import { classifyRegionListColumns, type RegionListColumns } from './classify-region-list-columns.ts';
import { holdsAvailabilityMarks, readCellMark } from './cell-mark.ts';
import { parseRegionHeader } from './parse-region-header.ts';

export type { RegionListColumns } from './classify-region-list-columns.ts';

export type TableShape =
  | { shape: 'region-list'; columns: RegionListColumns }
  | { shape: 'matrix'; model: number; regions: number[] }
  | { shape: 'transposed'; region: number; models: number[] }
  | { shape: 'category-matrix'; category: number; models: number[] }
  | { shape: 'other'; reason: string; nearMiss?: boolean };

export interface ClassifyTableOptions {
  /**
   * The body's cell texts, row by row: the first column recognises regions
   * written as rows under an empty header, the others tell availability marks
   * from values such as quotas (default: none, headers alone decide).
   */
  rows?: readonly (readonly string[])[];
  /**
   * Whether a text names a known region (code or name). It recognises regions
   * as rows under an empty header and in the cells of an access-category
   * matrix, and a `Place (code)` header is a region only when its place or
   * its code is one (default: no text is a region, and every `Place (code)`
   * header counts).
   */
  isRegion?: (text: string) => boolean;
}

const emptyOptions: ClassifyTableOptions = {};

/** "Model", "Models", "Model name", "Model ID", "Model IDs", "Model (version)": the column that names models. */
const MODEL_HEADER = /^models?(?:\s+(?:names?|ids?))?(?:\s*\(\s*versions?\s*\))?$/i;
/** "Region", "Regions", "Location", "Azure region": the column that names regions, one a row. */
const REGION_HEADER = /^(?:azure\s+)?(?:regions?|locations?)$/i;
const EMPHASIS = /\*\*|__/g;
/** "Model Availability", "Access": a first column of access categories ("Available to all subscriptions"), one model a column. */
const CATEGORY_HEADER = /^(?:(?:model|feature)\s+)?availability$|^access(?:\s+categor(?:y|ies))?$/i;
/** What separates regions listed in a cell, for telling a cell of regions from other text. */
const LIST_SEPARATOR = /\s*(?:<br>|[,;&])\s*/;

/**
 * Recognises an availability table by its headers, not by the file it is in:
 * - region-list: a "Model" column and region columns ("Hub/Project Region for
 *   Deployment", "... for Fine tuning"), optionally "Offer Availability Region";
 * - matrix: region columns written `Place (code)`, models in the first column;
 * - transposed: regions as rows under a "Region" header (or an empty header
 *   over a first column of mostly known regions), one model a column of
 *   availability marks;
 * - category-matrix: access categories as rows under "Model Availability"
 *   ("Available to all subscriptions …"), one model a column, regions listed
 *   in the cells (Azure OpenAI's 2023 pages).
 * A `Place (code)` header that names no known region ("Max Request
 * (tokens)", "Training Data (up-to)") is a value column, never a region.
 */
export function classifyTable(headers: readonly string[], options?: ClassifyTableOptions): TableShape {
  const settings = options ?? emptyOptions;
  if (headers.length < 2) return { shape: 'other', reason: 'fewer than two columns' };
  const first = headers[0]!.replace(EMPHASIS, '').trim();
  const rest = headers.slice(1);
  const regionColumns = placeColumns(headers, settings);
  const listColumns = MODEL_HEADER.test(first) ? classifyRegionListColumns(headers, 0) : undefined;
  // "Fine-tuning regions" beside "Max request (tokens)": a column listing regions outweighs a unit in parentheses.
  if (listColumns && listColumns.regions.some(({ index }) => !regionColumns.includes(index))) return { shape: 'region-list', columns: listColumns };
  if ((first === '' || MODEL_HEADER.test(first)) && regionColumns.length > 0 && regionColumns.length * 2 >= rest.length) {
    return { shape: 'matrix', model: 0, regions: regionColumns };
  }
  if (MODEL_HEADER.test(first)) {
    if (listColumns) return { shape: 'region-list', columns: listColumns };
    return { shape: 'other', reason: 'a Model column but no region column' };
  }
  if (CATEGORY_HEADER.test(first) && listsRegions(settings)) {
    return { shape: 'category-matrix', category: 0, models: rest.flatMap((text, index) => (text.trim() === '' ? [] : [index + 1])) };
  }
  if (REGION_HEADER.test(first) || (first === '' && mostlyRegions(settings))) {
    // "| Region | Models |" lists models in cells: not one model a column.
    if (rest.some((text) => MODEL_HEADER.test(text.replace(EMPHASIS, '').trim()))) {
      return { shape: 'other', reason: 'regions as rows but a Model column, not one model a column' };
    }
    // "| Region | Default TPM |": regions as rows, but quotas in the cells.
    const { rows } = settings;
    if (rows && !rest.some((_, index) => holdsAvailabilityMarks(rows.map((row) => row[index + 1] ?? '')))) {
      return { shape: 'other', reason: 'regions as rows but no column of availability marks (values such as quotas)' };
    }
    return { shape: 'transposed', region: 0, models: rest.map((_, index) => index + 1) };
  }
  const { rows = [] } = settings;
  if (first !== '' && rows.length > 0 && rest.some((_, index) => rows.some((row) => readCellMark(row[index + 1] ?? '') === 'available'))) {
    return { shape: 'other', reason: 'rows name no regions (features, categories): ✔ per model but no region to give it' };
  }
  // "| | Atlantis (atlantis-1) |" over a cell of text: written as a matrix, but no column reads as regions. Worth a word to the docs team.
  if (first === '' && regionColumns.length === 0 && rest.some((text) => parseRegionHeader(text))) {
    return { shape: 'other', reason: 'written as a model × region matrix, but no `Place (code)` column names a known region or holds only availability marks', nearMiss: true };
  }
  return { shape: 'other', reason: 'no Model column and no `Place (code)` region columns' };
}

/**
 * The columns after the first whose `Place (code)` header is a region: its
 * place or code is a known region, or its cells hold only availability marks
 * (a region the registry lacks yet, reported when read). `Max Request
 * (tokens)` over `4,096` is neither. Without `isRegion`, every such header is.
 */
export function placeColumns(headers: readonly string[], options?: ClassifyTableOptions): number[] {
  const { rows, isRegion } = options ?? emptyOptions;
  return headers.flatMap((text, index) => {
    const header = index > 0 ? parseRegionHeader(text) : undefined;
    if (!header) return [];
    if (!isRegion || isRegion(header.code) || isRegion(header.name)) return [index];
    return rows && rows.length > 0 && holdsAvailabilityMarks(rows.map((row) => row[index] ?? '')) ? [index] : [];
  });
}

/** Whether the cells after the first column list known regions; without a way to tell, headers alone decide. */
function listsRegions({ rows = [], isRegion }: ClassifyTableOptions): boolean {
  if (!isRegion) return true;
  return rows.some((row) => row.slice(1).some((text) => text.split(LIST_SEPARATOR).some((part) => isRegion(part.replace(EMPHASIS, '').trim()))));
}

/** More than half of the first column's non-empty cells, and at least two, name known regions. */
function mostlyRegions({ rows = [], isRegion }: ClassifyTableOptions): boolean {
  if (!isRegion) return false;
  const written = rows.map((row) => row[0] ?? '').map((text) => text.replace(EMPHASIS, '').replace(/`/g, '').trim()).filter((text) => text !== '');
  const known = written.filter((text) => isRegion(text)).length;
  return known >= 2 && known * 2 > written.length;
}
