import path from 'node:path';
import { expect, test } from 'vitest';
import * as images from './remark-learn-images.ts';
import remarkLearnImages from './remark-learn-images.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(images)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/images'), (doc, root) => [[remarkLearnImages, { root, locate: locateIn(doc) }]]);
