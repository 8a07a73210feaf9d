import { indexDataset, listOf } from '../facts/dataset-index.ts';
import type { Availability, Dataset, Offer, Source } from '../facts/dataset-schema.ts';

/** A table the extractor read from a source, with the facts and offers it gave. */
export interface TableFacts {
  /** Content path of the file the table was written in: the source, or an include. */
  file: string;
  /** The table's first line in `file`. */
  line: number;
  /** The table's last line in `file`. */
  endLine: number;
  availability: Availability[];
  offers: Offer[];
}

/**
 * The tables the extractor read from a source, each with what it gave, in
 * document order. Facts and offers carry only the line they were read from
 * (in the source, or in the include they were written in), and tables never
 * overlap, so an item belongs to the table whose lines of its file hold it.
 * An include read twice holds the same table twice: it is listed once.
 */
export function tableFacts(dataset: Dataset, source: Source): TableFacts[] {
  const tables = new Map<string, TableFacts>();
  for (const { line, endLine, file = source.path } of source.tables?.read ?? []) {
    const key = `${file}:${line}`;
    if (!tables.has(key)) tables.set(key, { file, line, endLine, availability: [], offers: [] });
  }
  const list = [...tables.values()];
  const tableOf = (item: { file?: string | undefined; line: number }) => {
    const file = item.file ?? source.path;
    return list.find((table) => table.file === file && table.line <= item.line && item.line <= table.endLine);
  };
  const index = indexDataset(dataset);
  for (const fact of listOf(index.factsOfSource, source.id)) tableOf(fact)?.availability.push(fact);
  for (const offer of listOf(index.offersOfSource, source.id)) tableOf(offer)?.offers.push(offer);
  return list;
}
