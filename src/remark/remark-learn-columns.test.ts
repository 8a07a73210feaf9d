import path from 'node:path';
import { expect, test } from 'vitest';
import * as columns from './remark-learn-columns.ts';
import remarkLearnColumns from './remark-learn-columns.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(columns)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/columns'), (doc) => [[remarkLearnColumns, { locate: locateIn(doc) }]]);
