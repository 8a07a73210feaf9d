import { checkContentUrl } from '../content/safe-url.ts';
import type { ReadTable } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';

/**
 * Empties the target of every link in a table's cells that is not `http:`,
 * `https:` or relative, with an error on its line: the label is read as
 * written, the target reaches neither the dataset nor a page.
 */
export function dropUnsafeLinks(table: ReadTable, facts: FactCollector): void {
  for (const cell of [...table.header, ...table.rows.flatMap((row) => row.cells)]) {
    for (const item of cell.items) {
      for (const link of item.links) {
        if (link.href === '') continue;
        const check = checkContentUrl(link.href);
        if (check.safe) continue;
        facts.diagnose('error', 'link-unsafe', `Unexpected \`${check.scheme}:\` link on "${link.label || item.text}", expected http:, https: or a relative link; the link is dropped, its text kept`, item.line, item.column);
        link.href = '';
      }
    }
  }
}
