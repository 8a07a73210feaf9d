import path from 'node:path';
import { expect, test } from 'vitest';
import { monikersFor } from '../lib/guides/docset-files.ts';
import * as monikers from './remark-learn-monikers.ts';
import remarkLearnMonikers from './remark-learn-monikers.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(monikers)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/monikers'), (doc, root) => [[remarkLearnMonikers, { monikers: monikersFor(root, doc.path), locate: locateIn(doc) }]]);
