import { expect, test } from 'vitest';
import { readCellPointer } from './read-cell-pointer.ts';
import type { CellLink } from './table-types.ts';

const regions = new Set(['east us', 'west us 3']);
const isName = (text: string) => regions.has(text.toLowerCase());
const read = (text: string, links: CellLink[] = []) => readCellPointer({ text, links, line: 1, column: 1 }, { isName });

test('the public API', async () => {
  expect(Object.keys(await import('./read-cell-pointer.ts'))).toEqual(['readCellPointer']);
});

test.each([
  [
    'See Global Standard model availability',
    [{ label: 'Global Standard model availability', href: '#global-standard-model-availability' }],
    { target: 'Global Standard model availability', href: '#global-standard-model-availability' },
  ],
  ['Refer to the table below', [], { target: 'the table below' }],
  ['refer to: the table below', [], { target: 'the table below' }],
  ['Same as gpt-4o', [], { target: 'gpt-4o' }],
  ['See also Provisioned', [], { target: 'Provisioned' }],
  ['See', [], { target: 'See' }],
  ['Model availability', [{ label: 'Model availability', href: '../concepts/models.md' }], { target: 'Model availability', href: '../concepts/models.md' }],
  ['', [{ label: '', href: '#regions' }], { target: '#regions', href: '#regions' }],
])('%j points elsewhere', (text, links, pointer) => {
  expect(read(text, links)).toEqual(pointer);
});

test.each([
  ['East US', []],
  ['Seoul, Korea', []],
  ['Seeland North', []],
  ['East US', [{ label: 'East US', href: '/regions/eastus' }]],
  ['Japan and [East US](/regions/eastus)', [{ label: 'East US', href: '/regions/eastus' }]],
  ['Same-day', []],
])('%j says something itself', (text, links) => {
  expect(read(text, links)).toBeUndefined();
});
