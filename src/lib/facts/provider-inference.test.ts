import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseDocument } from '../content/load-document.ts';
import type { Provider } from './dataset-schema.ts';
import { extractLoadedDocuments } from './extract-dataset.ts';

/** Tables whose regions are all one provider's, with the region ids each must give (worked out by hand from the registries). */
const tables: Record<Provider, { lines: string[]; regions: string[] }[]> = {
  azure: [
    { lines: ['| Model | Regions |', '| --- | --- |', '| gpt-4o | East US <br> Sweden Central |'], regions: ['azure-eastus', 'azure-swedencentral'] },
    { lines: ['| Region | gpt-4o, 2024-08-06 |', '| --- | --- |', '| westus3 | ✅ |', '| japaneast | - |'], regions: ['azure-westus3'] },
  ],
  'google-cloud': [
    { lines: ['| | Iowa (us-central1) | Belgium (europe-west1) |', '| --- | --- | --- |', '| Gemini 2.0 Flash | ✔ | ✔ |'], regions: ['google-cloud-europe-west1', 'google-cloud-us-central1'] },
    { lines: ['| Model | Regions |', '| --- | --- |', '| Claude 3.7 Sonnet | us-east5, europe-west1 |'], regions: ['google-cloud-europe-west1', 'google-cloud-us-east5'] },
  ],
};
const frontMatter: Record<string, Provider | undefined> = { 'ms.date: 05/12/2025': 'azure', 'date_scraped: 2025-05-12': 'google-cloud', 'title: Copied page': undefined };

const page = fc.record({
  folder: fc.constantFrom('misc', 'docs/how-to', 'notes', ''),
  front: fc.constantFrom(...Object.keys(frontMatter)),
  // Each table once a page: the same table twice gives its facts once.
  tables: fc.uniqueArray(fc.tuple(fc.constantFrom<Provider>('azure', 'google-cloud'), fc.nat(1)), { minLength: 1, maxLength: 3, selector: ([provider, which]) => `${provider}${which}` }),
});

test('in folders that name no provider, each table goes to the provider its regions name, whatever the front matter guesses', () => {
  fc.assert(
    fc.property(fc.array(page, { minLength: 1, maxLength: 3 }), (pages) => {
      const expected: { path: string; line: number; provider: Provider; regions: string[]; guess: Provider | undefined }[] = [];
      const docs = pages.map((spec, index) => {
        const path = `${spec.folder ? `${spec.folder}/` : ''}page-${index}.md`;
        const lines = ['---', spec.front, '---', ''];
        for (const [provider, which] of spec.tables) {
          const table = tables[provider][which]!;
          expected.push({ path, line: lines.length + 1, provider, regions: table.regions, guess: frontMatter[spec.front] });
          lines.push(...table.lines, '');
        }
        return parseDocument('/nowhere', path, lines.join('\n'));
      });
      const { dataset } = extractLoadedDocuments(docs);
      for (const table of expected) {
        const source = dataset.sources.find((candidate) => candidate.path === table.path)!;
        const read = source.tables!.read.findIndex((lines) => lines.line === table.line);
        const end = source.tables!.read[read]!.endLine;
        const regions = dataset.availability.filter((fact) => fact.source === source.id && fact.line >= table.line && fact.line <= end).map((fact) => fact.region);
        expect([...new Set(regions)].sort(), `${table.path}:${table.line}`).toEqual(table.regions);
        const said = dataset.diagnostics.filter((d) => d.source === table.path && d.line === table.line).map((d) => d.rule);
        expect(said).toContain(table.guess && table.guess !== table.provider ? 'provider-guess-contradicted' : 'provider-inferred');
        expect(said).not.toContain('region-unknown');
      }
      expect(dataset.unplaced).toBeUndefined();
    }),
    { numRuns: 60 },
  );
});

test("a source folder's configured provider decides over the table's regions", () => {
  const doc = parseDocument('/nowhere', 'vendor/page.md', ['---', 'title: Vendor page', '---', '', ...tables['google-cloud'][0]!.lines].join('\n'));
  const { dataset } = extractLoadedDocuments([doc], [], { providers: [{ dir: 'vendor/', provider: 'azure' }] });
  expect(dataset.availability).toEqual([]);
  expect(dataset.sources[0]).toMatchObject({ provider: 'azure' });
  expect(dataset.diagnostics.map((d) => d.rule)).toEqual(['source-date-missing', 'region-unknown', 'region-unknown', 'table-row-no-availability']);
});
