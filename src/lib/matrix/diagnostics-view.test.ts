import { expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { SCHEMA_VERSION, type Dataset } from '../facts/dataset-schema.ts';
import { diagnosticsByRule, guideOnlyDiagnostics } from './diagnostics-view.ts';

const missing: Diagnostic = { severity: 'warning', rule: 'include-missing', source: 'a.md', line: 3, column: 1, message: 'Included file not found: `x.md` (x.md)' };
const image: Diagnostic = { severity: 'warning', rule: 'image-missing', source: 'a.md', line: 9, column: 1, message: 'Image not found: `m.png` (m.png); showing its alt text' };
const toc: Diagnostic = { severity: 'warning', rule: 'toc-name-missing', source: 'TOC.yml', line: 2, message: 'TOC entry has no `name`; left out' };
const dataset: Dataset = { schemaVersion: SCHEMA_VERSION, sources: [], regions: [], models: [], availability: [], offers: [], diagnostics: [missing] };

test('a problem both the extractor and the guides report on one line is listed once; the guides\' others once each, in source order', () => {
  expect(guideOnlyDiagnostics(dataset, [image, { ...missing, message: 'worded by the guide renderer' }, toc, image])).toEqual([image, toc]);
});

test('diagnostics by rule', () => {
  expect([...diagnosticsByRule([image, missing, toc, { ...image, line: 2 }])].map(([rule, list]) => [rule, list.map((d) => d.line)])).toEqual([
    ['image-missing', [2, 9]],
    ['include-missing', [3]],
    ['toc-name-missing', [2]],
  ]);
});
