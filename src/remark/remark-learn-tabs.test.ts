import path from 'node:path';
import { expect, test } from 'vitest';
import * as tabs from './remark-learn-tabs.ts';
import remarkLearnTabs from './remark-learn-tabs.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(tabs)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/tabs'), (doc) => [[remarkLearnTabs, { locate: locateIn(doc) }]]);
