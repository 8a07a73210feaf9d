import path from 'node:path';
import { expect, test } from 'vitest';
import { guideRoute } from '../lib/guides/routes.ts';
import * as links from './remark-learn-links.ts';
import remarkLearnLinks from './remark-learn-links.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(links)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/links'), (doc, root) => [[remarkLearnLinks, { root, route: guideRoute, locate: locateIn(doc) }]]);
