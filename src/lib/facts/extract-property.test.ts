import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../content/load-document.ts';
import { classifyTable } from '../tables/classify-table.ts';
import { readTables } from '../tables/read-tables.ts';
import { extractLoadedDocuments } from './extract-dataset.ts';

const matrixRegions = ['Columbus, Ohio (us-east5)', 'Iowa (us-central1)', 'Belgium (europe-west1)', 'Global (global)', 'Atlantis (atlantis-1)'];
const listRegions = ['East US', 'West US 3', 'Sweden Central', 'North Central US', 'Atlantis North', 'Not available'];
const models = ['Gemini 2.0 Flash (`gemini-2.0-flash-001`)', "Anthropic's Claude 3.7 Sonnet", 'Llama 3.3 70B (Preview)', 'Imagen 3 `imagen-3.0-generate-002`)', 'Cohere Command R+', '', 'Jamba 1.5 Mini<br>Codestral'];
const marks = ['✔', '✔️', '✅', 'Yes', '', '', 'Not available', 'Not applicable', 'maybe'];

const matrixTable = fc
  .tuple(fc.subarray(matrixRegions, { minLength: 1 }), fc.array(fc.tuple(fc.constantFrom(...models), fc.array(fc.constantFrom(...marks), { maxLength: 6 })), { minLength: 1, maxLength: 8 }))
  .map(([regions, rows]) => [
    `| | ${regions.join(' | ')} |`,
    `| --- | ${regions.map(() => '---').join(' | ')} |`,
    ...rows.map(([model, cells]) => `| ${model} | ${cells.join(' | ')} |`),
  ]);

const regionCell = fc.oneof(
  fc.array(fc.constantFrom(...listRegions), { minLength: 1, maxLength: 4 }).map((names) => names.join(' <br>\n')),
  fc.constantFrom('Not available', 'Not applicable', ''),
);
const listTable = fc
  .array(fc.tuple(fc.constantFrom(...models), fc.constantFrom('[Microsoft Managed Countries](/x) <br> Japan', 'Qatar', 'Not available', ''), regionCell, regionCell), { minLength: 1, maxLength: 6 })
  .map((rows) => [
    '| Model | Offer Availability Region | Hub/Project Region for Deployment | Hub Project Region for Fine tuning |',
    '| --- | --- | --- | --- |',
    ...rows.flatMap(([model, offer, deploy, tune]) => `| ${model} | ${offer} | ${deploy} | ${tune} |`.split('\n')),
  ]);

const transposedModels = ['**gpt-4o**, **2024-08-06**', '**gpt-4o-mini**, **2024-07-18**', '**o1**, **2024-12-17**', 'gpt-4 (0613)', '**Notes**'];
const transposedRegions = ['australiaeast', 'eastus2', 'Sweden Central', 'usgovarizona', 'atlantis'];
const transposedMarks = ['✅', '✔', '**&check;**', '-', 'unavailable', '', 'soon'];
const transposedTable = fc
  .tuple(fc.subarray(transposedModels, { minLength: 1 }), fc.array(fc.tuple(fc.constantFrom(...transposedRegions), fc.array(fc.constantFrom(...transposedMarks), { maxLength: 6 })), { minLength: 1, maxLength: 6 }))
  .map(([models, rows]) => [
    `| **Region** | ${models.join(' | ')} |`,
    `|:---|${models.map(() => ':---:').join('|')}|`,
    ...rows.map(([region, cells]) => `| ${region} | ${cells.join(' | ')} |`),
  ]);

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
  .map((rows) => ['| Model | Version | Region |', '| --- | --- | --- |', ...rows.flatMap(([model, version, regions]) => `| ${model} | ${version} | ${regions} |`.split('\n'))]);
const trainingTable = fc
  .array(fc.tuple(fc.constantFrom('`gpt-4o` (2024-08-06)', '`gpt-4o-mini` (2024-07-18)', 'gpt-4.1'), writtenRegions, fc.constantFrom('✅', '-', '', 'maybe')), { minLength: 1, maxLength: 6 })
  .map((rows) => ['| Model ID | Standard training regions | Global training | Max request (tokens) |', '| --- | --- | --- | --- |', ...rows.flatMap(([model, regions, mark]) => `| ${model} | ${regions} | ${mark} | 16,384 |`.split('\n'))]);

/** Where a table stands: alone, under a tab of a tab group, or inside an HTML comment (never content). */
type Setting = 'plain' | 'tab' | 'comment';
const setting: fc.Arbitrary<Setting> = fc.constantFrom('plain', 'tab', 'comment');
function place(lines: string[], where: Setting): string[] {
  if (where === 'tab') return ['# [Global Standard](#tab/global-standard)', '', ...lines, '', '# [Provisioned](#tab/provisioned)', '', 'Nothing here.', '', '---'];
  if (where === 'comment') return ['<!--', ...lines, '-->'];
  return lines;
}

type Mutation = { kind: 'cut' | 'join' | 'split' | 'drop-pipe' | 'add-pipe' | 'br' | 'noise'; at: number; offset: number; noise: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('cut', 'join', 'split', 'drop-pipe', 'add-pipe', 'br', 'noise'),
  at: fc.nat(),
  offset: fc.nat(),
  noise: fc.string({ unit: 'binary', maxLength: 6 }),
});

/** Applies table-breaking edits: cut lines, joined lines, shuffled pipes, stray `<br>`, binary noise. */
function mutate(lines: string[], mutations: readonly Mutation[]): string[] {
  const out = [...lines];
  for (const { kind, at, offset, noise } of mutations) {
    const index = at % out.length;
    const line = out[index]!;
    const cut = line.length === 0 ? 0 : offset % (line.length + 1);
    if (kind === 'cut') out[index] = line.slice(0, cut);
    else if (kind === 'join' && index + 1 < out.length) out.splice(index, 2, `${line} ${out[index + 1]}`);
    else if (kind === 'split') out.splice(index, 1, line.slice(0, cut), line.slice(cut));
    else if (kind === 'drop-pipe') {
      const pipes = [...line.matchAll(/\|/g)].map((match) => match.index);
      if (pipes.length > 0) {
        const pipe = pipes[offset % pipes.length]!;
        out[index] = line.slice(0, pipe) + line.slice(pipe + 1);
      }
    } else if (kind === 'add-pipe') out[index] = `${line.slice(0, cut)}|${line.slice(cut)}`;
    else if (kind === 'br') out[index] = `${line.slice(0, cut)}<br>${line.slice(cut)}`;
    else if (kind === 'noise') out[index] = line.slice(0, cut) + noise + line.slice(cut);
  }
  return out;
}

const documentText = fc
  .tuple(
    fc.constantFrom('ms.date: 5/21/2024', 'date_scraped: 2025-05-12', 'title: No provider'),
    fc.oneof(matrixTable, listTable, transposedTable, versionTable, trainingTable),
    setting,
    fc.array(mutation, { maxLength: 6 }),
  )
  .map(([front, table, where, mutations]) => ({ where, text: ['---', front, '---', '', '### Cohere models', '', ...place(mutate(table, mutations), where), ''].join('\n') }));

describe('extraction on mutated tables', () => {
  test('no exception escapes, every row yields facts or a diagnostic on its lines, every ✔ outside comments is a fact or diagnosed', () => {
    fc.assert(
      fc.property(documentText, ({ text, where }) => {
        const doc = parseDocument('/nowhere', 'input.md', text);
        const { dataset } = extractLoadedDocuments([doc]);
        if (where === 'comment') expect(dataset.availability).toEqual([]);
        const factLines = new Set([...dataset.availability, ...dataset.offers].map((fact) => fact.line));
        const diagnosticLines = new Set(dataset.diagnostics.map((d) => d.line));
        const touched = (first: number, last: number) => {
          for (let line = first; line <= last; line++) if (factLines.has(line) || diagnosticLines.has(line)) return true;
          return false;
        };
        const tables = readTables(doc.text).filter(
          (table) => classifyTable(table.header.map((cell) => cell.text), { rows: table.rows.map((row) => row.cells.map((cell) => cell.text)) }).shape !== 'other',
        );
        for (const table of tables) {
          for (const row of table.rows) expect(touched(row.line, row.endLine), `row on line ${row.line}`).toBe(true);
        }
        const lines = doc.text.split('\n');
        const commentStart = lines.indexOf('<!--') + 1;
        const commentEnd = lines.lastIndexOf('-->') + 1;
        lines.forEach((line, index) => {
          if (!/✔|✅/.test(line)) return;
          if (where === 'comment' && index + 1 > commentStart && index + 1 < commentEnd) return;
          const number = index + 1;
          const row = tables.flatMap((table) => table.rows).find((r) => number >= r.line && number <= r.endLine);
          const header = tables.find((table) => table.line === number || (number > table.line && table.rows.every((r) => r.line > number)));
          const covered = factLines.has(number) || diagnosticLines.has(number) || (row !== undefined && touched(row.line, row.endLine)) || (header !== undefined && diagnosticLines.has(header.line));
          expect(covered, `✔ on line ${number}`).toBe(true);
        });
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 400) },
    );
  }, 120_000);
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
    }),
    { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) },
  );
}, 120_000);
