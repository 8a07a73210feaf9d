import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listDocuments } from '../content/list-documents.ts';
import { parseDocument } from '../content/load-document.ts';
import { readFromFolder } from '../content/read-include.ts';
import { extractOne } from '../facts/extract-dataset.ts';
import { HistoryRecorder, type DocumentState } from './history-recorder.ts';
import type { History } from './history-schema.ts';

/** `deploy@2024-05-21.md`: the version of `deploy.md` dated 2024-05-21. */
const VERSION_DATE = /@(\d{4}-\d{2}-\d{2})\.md$/i;

/**
 * The history dated versions give without git: each article's versions
 * (`x@2024-05-21.md` beside `x.md`, which is dated by its own front matter)
 * in date order, one step per date, compared as commits are. A file with no
 * date (an include, say) is there from the first step.
 */
export function datedVersionsHistory(root: string): History {
  const folderRead = readFromFolder(root);
  const states: { state: DocumentState; slot: string; date: string | undefined }[] = [];
  for (const file of listDocuments(root)) {
    const reads = new Set<string>();
    const doc = parseDocument(root, file, readFileSync(path.join(root, file), 'utf8'), (resolved) => {
      reads.add(resolved);
      return folderRead(resolved);
    });
    const result = extractOne(doc);
    const date = VERSION_DATE.exec(file)?.[1] ?? result.facts.meta.date;
    states.push({ state: { result, reads }, slot: result.facts.meta.article, date });
  }
  const dates = [...new Set(states.flatMap(({ date }) => (date ? [date] : [])))].sort();
  const recorder = new HistoryRecorder();
  dates.forEach((date, index) => {
    const now = states.filter((item) => item.date === date || (index === 0 && item.date === undefined));
    const changed = new Map<string, DocumentState>(now.map(({ slot, state }) => [slot, state]));
    recorder.apply({ commit: null, date, subject: now.map(({ state }) => state.result.facts.meta.path).join(', ') }, changed, { reread: changed.size });
  });
  return recorder.finish({ path: '', contentDir: '' }, 'versions');
}
