import { AVAILABILITY_MARK } from '../tables/cell-mark.ts';
import type { ReadTable } from '../tables/table-types.ts';
import type { FactCollector } from './fact-collector.ts';

/**
 * A ✔ outside every availability table (in prose, in a table left alone, in a
 * table GFM could not read at all) is not a fact: say so, line by line, so no
 * mark is lost silently. `visible` is the document's lines with HTML
 * comments and code fences blanked (`maskHiddenText`): marks there are not
 * content and are passed over.
 */
export function reportMarksOutsideTables(visible: readonly string[], tables: readonly ReadTable[], facts: FactCollector): void {
  const spans = tables.map((table) => [table.line, Math.max(table.line + 1, ...table.rows.map((row) => row.endLine))] as const);
  visible.forEach((line, index) => {
    const number = index + 1;
    if (!AVAILABILITY_MARK.test(line) || spans.some(([first, last]) => number >= first && number <= last)) return;
    facts.diagnose('info', 'mark-outside-table', 'A ✔ outside any availability table; not read as a fact', number, line.search(AVAILABILITY_MARK) + 1);
  });
}
