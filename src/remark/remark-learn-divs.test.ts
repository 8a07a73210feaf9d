import path from 'node:path';
import { expect, test } from 'vitest';
import * as divs from './remark-learn-divs.ts';
import remarkLearnDivs from './remark-learn-divs.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(divs)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/divs'), (doc) => [[remarkLearnDivs, { locate: locateIn(doc) }]]);
