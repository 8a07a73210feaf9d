import { readCellMark } from './cell-mark.ts';
import type { TableCell } from './table-types.ts';

/** What a version is written in besides itself: `(0613)`, `` `2024-05-13` ``, `**1106**`, "version 2". */
const WRAPPING = /^[\s(`*_]*(?:version\s+)?|[\s)`*_]*$/gi;

/**
 * The versions a "Version" cell names, one per `<br>` item (`0613 <br>
 * (1106)` → `0613`, `1106`); none for an empty cell or a not-available mark.
 */
export function readVersionCell(cell: TableCell | undefined): string[] {
  const versions: string[] = [];
  for (const item of cell?.items ?? []) {
    if (readCellMark(item.text) === 'not-available') continue;
    const version = item.text.replace(WRAPPING, '');
    if (version !== '') versions.push(version);
  }
  return versions;
}
