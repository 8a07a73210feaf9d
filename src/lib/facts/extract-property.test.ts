import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../content/load-document.ts';
import { readTables } from '../tables/read-tables.ts';
import { extractLoadedDocuments } from './extract-dataset.ts';

const matrixRegions = ['Columbus, Ohio (us-east5)', 'Iowa (us-central1)', 'Belgium (europe-west1)', 'Global (global)', 'Atlantis (atlantis-1)'];
const listRegions = ['East US', 'West US 3', 'Sweden Central', 'North Central US', 'Atlantis North', 'Not available'];
const models = ['Gemini 2.0 Flash (`gemini-2.0-flash-001`)', "Anthropic's Claude 3.7 Sonnet", 'Llama 3.3 70B (Preview)', 'Imagen 3 `imagen-3.0-generate-002`)', 'Cohere Command R+', '', 'Jamba 1.5 Mini<br>Codestral'];
const marks = ['✔', '✔️', '✅', 'Yes', '', '', 'Not available', 'Not applicable', 'maybe'];

/**
 * A generated table and, for each of its lines, what the generator put
 * there: the header, the delimiter row, or data row `n` (a row may span lines).
 * The property's oracle reads this, never the extractor's own table reading.
 */
interface GeneratedTable {
  lines: string[];
  rowOf: number[];
  /**
   * Whether the extractor must read it as an availability table. A transposed
   * matrix (regions as rows) is recognised by its marks: one with none of ✔, ✅
   * or `&check;` reads as any other two-column-kind table (`| Region | Notes |`).
   */
  availability: boolean;
  /**
   * The data rows whose marks make it an availability table, when only marks
   * do (a transposed matrix): mutated, it stays one while one of them is intact.
   */
  evidence?: number[];
}
const HEADER = -2;
const DELIMITER = -1;

function generatedTable(header: string, delimiter: string, rows: string[], evidence?: number[]): GeneratedTable {
  const lines = [header, delimiter];
  const rowOf = [HEADER, DELIMITER];
  rows.forEach((row, index) => {
    for (const line of row.split('\n')) {
      lines.push(line);
      rowOf.push(index);
    }
  });
  return evidence ? { lines, rowOf, availability: evidence.length > 0, evidence } : { lines, rowOf, availability: true };
}

const matrixTable = fc
  .tuple(fc.subarray(matrixRegions, { minLength: 1 }), fc.array(fc.tuple(fc.constantFrom(...models), fc.array(fc.constantFrom(...marks), { maxLength: 6 })), { minLength: 1, maxLength: 8 }))
  .map(([regions, rows]) =>
    generatedTable(`| | ${regions.join(' | ')} |`, `| --- | ${regions.map(() => '---').join(' | ')} |`, rows.map(([model, cells]) => `| ${model} | ${cells.join(' | ')} |`)),
  );

const regionCell = fc.oneof(
  fc.array(fc.constantFrom(...listRegions), { minLength: 1, maxLength: 4 }).map((names) => names.join(' <br>\n')),
  fc.constantFrom('Not available', 'Not applicable', ''),
);
const listTable = fc
  .array(fc.tuple(fc.constantFrom(...models), fc.constantFrom('[Microsoft Managed Countries](/x) <br> Japan', 'Qatar', 'Not available', ''), regionCell, regionCell), { minLength: 1, maxLength: 6 })
  .map((rows) =>
    generatedTable(
      '| Model | Offer Availability Region | Hub/Project Region for Deployment | Hub Project Region for Fine tuning |',
      '| --- | --- | --- | --- |',
      rows.map(([model, offer, deploy, tune]) => `| ${model} | ${offer} | ${deploy} | ${tune} |`),
    ),
  );

const transposedModels = ['**gpt-4o**, **2024-08-06**', '**gpt-4o-mini**, **2024-07-18**', '**o1**, **2024-12-17**', 'gpt-4 (0613)', '**Notes**'];
const transposedRegions = ['australiaeast', 'eastus2', 'Sweden Central', 'usgovarizona', 'atlantis'];
const transposedMarks = ['✅', '✔', '**&check;**', '-', 'unavailable', '', 'soon'];
const transposedTable = fc
  .tuple(fc.subarray(transposedModels, { minLength: 1 }), fc.array(fc.tuple(fc.constantFrom(...transposedRegions), fc.array(fc.constantFrom(...transposedMarks), { maxLength: 6 })), { minLength: 1, maxLength: 6 }))
  .map(([models, rows]) =>
    generatedTable(
      `| **Region** | ${models.join(' | ')} |`,
      `|:---|${models.map(() => ':---:').join('|')}|`,
      rows.map(([region, cells]) => `| ${region} | ${cells.join(' | ')} |`),
      // Marked: an available mark under a model's column (not the notes column, not past the header).
      rows.flatMap(([, cells], index) => (cells.some((cell, c) => c < models.length && models[c] !== '**Notes**' && /✔|✅|&check;/.test(cell)) ? [index] : [])),
    ),
  );

/** Region cells in the forms docs write them: `<br>` and bullet lists, commas, `&`, qualifiers, pointers. */
const writtenRegions = fc.constantFrom(
  'East US, West US 3',
  'Australia East & Sweden Central (Global Standard), Japan East (Provisioned)',
  '- East US<br>- France Central',
  '- East US\n- France Central\n- Atlantis North',
  'EastUS2 <br> eastus 2 <br> usgovvirginia',
  'See [Global Standard model availability](#global-standard)',
  'North Central US (preview)',
  '-',
  '',
);
const versionTable = fc
  .array(fc.tuple(fc.constantFrom('gpt-4', '`gpt-4o`', 'gpt-35-turbo<sup>1</sup>', 'text-embedding-ada-002<br>**Display name**: Ada v2', ''), fc.constantFrom('0613', '0125<br>1106', '', '2024-05-13'), writtenRegions), { minLength: 1, maxLength: 6 })
  .map((rows) => generatedTable('| Model | Version | Region |', '| --- | --- | --- |', rows.map(([model, version, regions]) => `| ${model} | ${version} | ${regions} |`)));
const trainingTable = fc
  .array(fc.tuple(fc.constantFrom('`gpt-4o` (2024-08-06)', '`gpt-4o-mini` (2024-07-18)', 'gpt-4.1'), writtenRegions, fc.constantFrom('✅', '-', '', 'maybe')), { minLength: 1, maxLength: 6 })
  .map((rows) =>
    generatedTable('| Model ID | Standard training regions | Global training | Max request (tokens) |', '| --- | --- | --- | --- |', rows.map(([model, regions, mark]) => `| ${model} | ${regions} | ${mark} | 16,384 |`)),
  );

/** Where a table stands: alone, under a tab of a tab group, or inside an HTML comment (never content). */
type Setting = 'plain' | 'tab' | 'comment';
const setting: fc.Arbitrary<Setting> = fc.constantFrom('plain', 'tab', 'comment');
/** Lines before and after the table in each setting. */
const around: Record<Setting, [before: string[], after: string[]]> = {
  plain: [[], []],
  tab: [['# [Global Standard](#tab/global-standard)', ''], ['', '# [Provisioned](#tab/provisioned)', '', 'Nothing here.', '', '---']],
  comment: [['<!--'], ['-->']],
};

type Mutation = { kind: 'cut' | 'join' | 'split' | 'drop-pipe' | 'add-pipe' | 'br' | 'noise'; at: number; offset: number; noise: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('cut', 'join', 'split', 'drop-pipe', 'add-pipe', 'br', 'noise'),
  at: fc.nat(),
  offset: fc.nat(),
  noise: fc.string({ unit: 'binary', maxLength: 6 }),
});

/** A line of the mutated table: its text, the generated line it came from, and whether a mutation changed it. */
interface MutatedLine {
  text: string;
  from: number;
  changed: boolean;
}

/** Applies table-breaking edits (cut lines, joined lines, shuffled pipes, stray `<br>`, binary noise), keeping where each line came from. */
function mutate(lines: string[], mutations: readonly Mutation[]): MutatedLine[] {
  const out: MutatedLine[] = lines.map((text, from) => ({ text, from, changed: false }));
  const edit = (index: number, text: string) => {
    if (text !== out[index]!.text) out[index] = { ...out[index]!, text, changed: true };
  };
  for (const { kind, at, offset, noise } of mutations) {
    const index = at % out.length;
    const { text: line, from } = out[index]!;
    const cut = line.length === 0 ? 0 : offset % (line.length + 1);
    if (kind === 'cut') edit(index, line.slice(0, cut));
    else if (kind === 'join' && index + 1 < out.length) {
      // Both lines change: the second one's row is now on the first one's line.
      out[index + 1]!.changed = true;
      out.splice(index, 2, { text: `${line} ${out[index + 1]!.text}`, from, changed: true });
    } else if (kind === 'split') out.splice(index, 1, { text: line.slice(0, cut), from, changed: true }, { text: line.slice(cut), from, changed: true });
    else if (kind === 'drop-pipe') {
      const pipes = [...line.matchAll(/\|/g)].map((match) => match.index);
      if (pipes.length > 0) {
        const pipe = pipes[offset % pipes.length]!;
        edit(index, line.slice(0, pipe) + line.slice(pipe + 1));
      }
    } else if (kind === 'add-pipe') edit(index, `${line.slice(0, cut)}|${line.slice(cut)}`);
    else if (kind === 'br') edit(index, `${line.slice(0, cut)}<br>${line.slice(cut)}`);
    else if (kind === 'noise') edit(index, line.slice(0, cut) + noise + line.slice(cut));
  }
  return out;
}

/** The front matter and heading before the table: 6 lines. */
const preamble = (front: string) => ['---', front, '---', '', '### Cohere models', ''];

const documentText = fc
  .tuple(
    fc.constantFrom('ms.date: 5/21/2024', 'date_scraped: 2025-05-12', 'title: No provider'),
    fc.oneof(matrixTable, listTable, transposedTable, versionTable, trainingTable),
    setting,
    fc.array(mutation, { maxLength: 6 }),
  )
  .map(([front, table, where, mutations]) => {
    const [before, after] = around[where];
    const mutated = mutate(table.lines, mutations);
    const firstLine = preamble(front).length + before.length + 1;
    // Each line of the document the table fills, with the generated row it holds, if no mutation touched it.
    const lines = mutated.map((line, index) => ({ line: firstLine + index, rowOf: table.rowOf[line.from]!, changed: line.changed }));
    return { where, table, lines, text: [...preamble(front), ...before, ...mutated.map((line) => line.text), ...after, ''].join('\n') };
  });

/**
 * The table on `line` is reported unread as a whole: a matrix whose unknown
 * `Place (code)` columns hold text, or lost their marks to a mutation
 * ("| | Atlantis (atlantis-1) |" over "maybe").
 */
const unread = (diagnostics: readonly { rule: string; line: number }[], line: number) => diagnostics.some((d) => d.rule === 'table-matrix-unread' && d.line === line);

/** `FC_SEED` and `FC_PATH`, as a failure prints them, replay that failing run. */
const replay = { ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}), ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}) };

/** The extractor caught an exception on this document and read none of its tables. */
const failures = (diagnostics: readonly { rule: string }[]) => diagnostics.filter((d) => d.rule === 'extract-failed');

describe('extraction on mutated tables', () => {
  test('no exception, caught or not; every intact generated row yields facts or a diagnostic on its lines, every ✔ outside comments is a fact or diagnosed', () => {
    fc.assert(
      fc.property(documentText, ({ text, where, table, lines: tableLines }) => {
        const doc = parseDocument('/nowhere', 'input.md', text);
        const { dataset } = extractLoadedDocuments([doc]);
        expect(failures(dataset.diagnostics)).toEqual([]);
        if (where === 'comment') expect(dataset.availability).toEqual([]);
        const factLines = new Set([...dataset.availability, ...dataset.offers, ...(dataset.unplaced ?? [])].map((fact) => fact.line));
        const diagnosticLines = new Set(dataset.diagnostics.map((d) => d.line));
        const touched = (lines: number[]) => lines.some((line) => factLines.has(line) || diagnosticLines.has(line));
        const linesOfRow = (row: number) => tableLines.filter((line) => line.rowOf === row).map((line) => line.line);
        if (where !== 'comment' && table.availability) {
          // A data row is surely still in its table while no mutation touched it, the header, the delimiter row or any row above it.
          const firstChanged = tableLines.findIndex((line) => line.changed);
          const intact = firstChanged === -1 ? tableLines : tableLines.slice(0, firstChanged);
          const rows = new Set(intact.filter((line) => line.rowOf >= 0).map((line) => line.rowOf));
          if (firstChanged !== -1 && tableLines[firstChanged]!.rowOf >= 0) rows.delete(tableLines[firstChanged]!.rowOf);
          // Marks below a mutation may have left the table: it must still read as one only if an intact row carries them.
          const stillAvailability = !table.evidence || table.evidence.some((row) => rows.has(row));
          for (const row of rows) {
            if (stillAvailability) expect(unread(dataset.diagnostics, tableLines[0]!.line) || touched(linesOfRow(row)), `generated row ${row} on lines ${linesOfRow(row).join(', ')}`).toBe(true);
          }
        }
        // A ✔ is covered on its line, by its generated row, or by the row the extractor read it in (which may join generated rows).
        const readRows = readTables(doc.text).flatMap((table) => table.rows);
        const headerLine = tableLines[0]!.line;
        text.split('\n').forEach((line, index) => {
          const number = index + 1;
          if (!/✔|✅/.test(line) || where === 'comment') return;
          const generated = tableLines.find((entry) => entry.line === number);
          const readRow = readRows.find((r) => number >= r.line && number <= r.endLine);
          const covered =
            touched([number]) ||
            (generated !== undefined && generated.rowOf >= 0 && touched(linesOfRow(generated.rowOf))) ||
            (readRow !== undefined && touched(Array.from({ length: readRow.endLine - readRow.line + 1 }, (_, i) => readRow.line + i))) ||
            diagnosticLines.has(headerLine);
          expect(covered, `✔ on line ${number}`).toBe(true);
        });
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 400), ...replay },
    );
  }, 120_000);

  test('an unmutated table of every shape, in every setting: every generated row yields facts or a diagnostic', () => {
    fc.assert(
      fc.property(fc.oneof(matrixTable, listTable, transposedTable, versionTable, trainingTable), setting, (table, where) => {
        const [before, after] = around[where];
        const text = [...preamble('ms.date: 5/21/2024'), ...before, ...table.lines, ...after, ''].join('\n');
        const { dataset } = extractLoadedDocuments([parseDocument('/nowhere', 'input.md', text)]);
        expect(failures(dataset.diagnostics)).toEqual([]);
        const first = preamble('').length + before.length + 1;
        const touchedLines = new Set([...dataset.availability, ...dataset.offers, ...dataset.diagnostics].map((item) => item.line));
        const rows = new Set(table.rowOf.filter((row) => row >= 0));
        for (const row of rows) {
          const lines = table.rowOf.flatMap((of, index) => (of === row ? [first + index] : []));
          expect(where === 'comment' || !table.availability || unread(dataset.diagnostics, first) || lines.some((line) => touchedLines.has(line)), `row ${row}`).toBe(true);
        }
        if (where === 'comment') expect([dataset.availability, dataset.offers]).toEqual([[], []]);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200), ...replay },
    );
  });
});

const fragment = fc.oneof(
  fc.constantFrom('| Model | Offer Availability Region | Hub/Project Region for Deployment |', '| | Iowa (us-central1) | (global) |', '| --- | --- | --- |', '| [](  ) | [ ]() | ✔ |', '|', '||', '<br>', '### models', '```', '<!--', '[!INCLUDE [x](x.md)]', '---', 'ms.date: 99/99/9999'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

test('any text under any file name gives a valid dataset, never an exception', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-zA-Z0-9@._ -]{0,12}\.md$/), fc.array(fragment, { maxLength: 20 }), (name, lines) => {
      const doc = parseDocument('/nowhere', name, lines.join('\n'));
      const { dataset } = extractLoadedDocuments([doc]);
      expect(dataset.sources).toHaveLength(1);
      expect(failures(dataset.diagnostics)).toEqual([]);
    }),
    { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) },
  );
}, 120_000);
