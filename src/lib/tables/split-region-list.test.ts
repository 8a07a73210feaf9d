import { expect, test } from 'vitest';
import { splitRegionList, type RegionListGroup, type SplitRegionListOptions } from './split-region-list.ts';

const LINE = 7;
const COLUMN = 20;

/** Each span as `text@column`, so a table row reads like the cell it tests. */
function split(text: string, options?: SplitRegionListOptions) {
  const groups = splitRegionList({ text, links: [], line: LINE, column: COLUMN }, options);
  for (const group of groups) for (const span of [...group.regions, ...group.qualifiers]) expect(span.line).toBe(LINE);
  const show = (group: RegionListGroup) => ({
    regions: group.regions.map((span) => `${span.text}@${span.column}`),
    qualifiers: group.qualifiers.map((span) => `${span.text}@${span.column}`),
  });
  return groups.map(show);
}

test('the public API', async () => {
  expect(Object.keys(await import('./split-region-list.ts'))).toEqual(['splitRegionList']);
});

test.each([
  ['East US 2', [{ regions: ['East US 2@20'], qualifiers: [] }]],
  ['North Central US', [{ regions: ['North Central US@20'], qualifiers: [] }]],
  ['Poland Central', [{ regions: ['Poland Central@20'], qualifiers: [] }]],
  ['- East US', [{ regions: ['East US@22'], qualifiers: [] }]],
  ['• West US 3', [{ regions: ['West US 3@22'], qualifiers: [] }]],
  ['* Japan East', [{ regions: ['Japan East@22'], qualifiers: [] }]],
  ['East US, West US 3', [{ regions: ['East US@20', 'West US 3@29'], qualifiers: [] }]],
  ['East US; West US', [{ regions: ['East US@20', 'West US@29'], qualifiers: [] }]],
  ['East US & Sweden Central', [{ regions: ['East US@20', 'Sweden Central@30'], qualifiers: [] }]],
  ['East US and West US', [{ regions: ['East US@20', 'West US@32'], qualifiers: [] }]],
  ['East US • West US', [{ regions: ['East US@20', 'West US@30'], qualifiers: [] }]],
  ['East US, West US, and Japan East', [{ regions: ['East US@20', 'West US@29', 'Japan East@42'], qualifiers: [] }]],
  ['- East US, UK South & France Central', [{ regions: ['East US@22', 'UK South@31', 'France Central@42'], qualifiers: [] }]],
  ['East US,,West US', [{ regions: ['East US@20', 'West US@29'], qualifiers: [] }]],
  ['', []],
])('%j lists regions', (text, groups) => {
  expect(split(text)).toEqual(groups);
});

test.each([
  [
    'East US & Sweden Central (Global Standard), West US (Provisioned)',
    [
      { regions: ['East US@20', 'Sweden Central@30'], qualifiers: ['Global Standard@46'] },
      { regions: ['West US@64'], qualifiers: ['Provisioned@73'] },
    ],
  ],
  ['East US (preview)', [{ regions: ['East US@20'], qualifiers: ['preview@29'] }]],
  ['East US (Global Standard, Provisioned)', [{ regions: ['East US@20'], qualifiers: ['Global Standard@29', 'Provisioned@46'] }]],
  ['East US (Global Standard) (preview)', [{ regions: ['East US@20'], qualifiers: ['Global Standard@29', 'preview@47'] }]],
  [
    'East US (Standard) West US',
    [
      { regions: ['East US@20'], qualifiers: ['Standard@29'] },
      { regions: ['West US@39'], qualifiers: [] },
    ],
  ],
  ['(preview) East US', [{ regions: [], qualifiers: ['preview@21'] }, { regions: ['East US@30'], qualifiers: [] }]],
  ['East US (preview, West US', [{ regions: ['East US (preview@20', 'West US@38'], qualifiers: [] }]],
])('%j: a qualifier applies to the regions written since the previous one', (text, groups) => {
  expect(split(text)).toEqual(groups);
});

test.each([
  ['Columbus, Ohio', [{ regions: ['Columbus, Ohio@20'], qualifiers: [] }]],
  ['Columbus, Ohio (us-east5), Iowa', [{ regions: ['Columbus, Ohio@20'], qualifiers: ['us-east5@36'] }, { regions: ['Iowa@47'], qualifiers: [] }]],
  ['Iowa, Columbus, Ohio', [{ regions: ['Iowa@20', 'Columbus, Ohio@26'], qualifiers: [] }]],
  ['Ohio, Iowa', [{ regions: ['Ohio@20', 'Iowa@26'], qualifiers: [] }]],
])('%j: a name holding a separator stays whole', (text, groups) => {
  // "Columbus" alone is a name too (the city alias); the longer name wins.
  const names = new Set(['columbus, ohio', 'columbus', 'iowa']);
  expect(split(text, { isName: (name) => names.has(name.toLowerCase()) })).toEqual(groups);
});
