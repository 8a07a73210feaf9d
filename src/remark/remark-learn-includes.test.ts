import path from 'node:path';
import { expect, test } from 'vitest';
import * as includes from './remark-learn-includes.ts';
import remarkLearnIncludes from './remark-learn-includes.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(includes)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/includes'), (doc, root) => [[remarkLearnIncludes, { root, locate: locateIn(doc) }]]);
