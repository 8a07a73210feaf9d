import { expect, test } from 'vitest';
import * as extractDataset from '../../src/lib/facts/extract-dataset.ts';
import * as summarize from '../../src/lib/facts/summarize-extraction.ts';
import * as summarizeSources from '../../src/lib/facts/summarize-sources.ts';
import * as writeDataset from '../../src/lib/facts/write-dataset.ts';
import * as regionRegistry from '../../src/lib/facts/region-registry.ts';
import * as extractDocumentFacts from '../../src/lib/facts/extract-document-facts.ts';
import * as readTables from '../../src/lib/tables/read-tables.ts';
import * as classifyTable from '../../src/lib/tables/classify-table.ts';
import * as describeColumns from '../../src/lib/tables/describe-columns.ts';
import * as repairTableRows from '../../src/lib/tables/repair-table-rows.ts';
import * as splitCell from '../../src/lib/tables/split-cell.ts';
import * as cellMark from '../../src/lib/tables/cell-mark.ts';
import * as parseRegionHeader from '../../src/lib/tables/parse-region-header.ts';
import * as normalizeModelName from '../../src/lib/facts/normalize-model-name.ts';
import * as slugifyName from '../../src/lib/facts/slugify-name.ts';
import * as findBrokenTables from '../../src/lib/tables/find-broken-tables.ts';

/** The extractor's public API: the names other code (the CLI, the site, the bench) may import. */
test.each([
  ['facts/extract-dataset', extractDataset, ['extractDataset', 'extractLoadedDocuments', 'extractOne', 'includedOnly']],
  ['facts/extract-document-facts', extractDocumentFacts, ['extractDocumentFacts']],
  ['facts/summarize-extraction', summarize, ['formatSummary', 'summarizeExtraction']],
  ['facts/summarize-sources', summarizeSources, ['formatSourceSummary', 'summarizeSources']],
  ['facts/write-dataset', writeDataset, ['schemaFileFor', 'writeDataset', 'writeJsonWithSchema']],
  ['facts/region-registry', regionRegistry, ['anyRegistry', 'regionRegistries']],
  ['facts/normalize-model-name', normalizeModelName, ['normalizeModelName']],
  ['facts/slugify-name', slugifyName, ['slugifyName']],
  ['tables/read-tables', readTables, ['readTables']],
  ['tables/find-broken-tables', findBrokenTables, ['findBrokenTables', 'withoutTables']],
  ['tables/classify-table', classifyTable, ['classifyTable', 'placeColumns']],
  ['tables/describe-columns', describeColumns, ['describeColumns']],
  ['tables/repair-table-rows', repairTableRows, ['closesWithPipe', 'groupTableRows', 'physicalLine', 'repairTableRows', 'tableBlock']],
  ['tables/split-cell', splitCell, ['splitCell']],
  ['tables/cell-mark', cellMark, ['AVAILABILITY_MARK', 'countMarks', 'holdsAvailabilityMarks', 'readCellMark']],
  ['tables/parse-region-header', parseRegionHeader, ['parseRegionHeader']],
])('%s exports exactly its API', (_, module, names) => {
  expect(Object.keys(module).sort()).toEqual(names);
});
