import path from 'node:path';
import { expect, test } from 'vitest';
import * as leftovers from './remark-learn-leftovers.ts';
import remarkLearnLeftovers from './remark-learn-leftovers.ts';
import remarkLearnZones from './remark-learn-zones.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(leftovers)).toEqual(['default']);
});

// After the zones plugin, so a line it reported (`reported-once`) shows that no second message is added.
describeFixtures(path.join(import.meta.dirname, 'fixtures/leftovers'), (doc) => [
  [remarkLearnZones, { locate: locateIn(doc) }],
  [remarkLearnLeftovers, { locate: locateIn(doc) }],
]);
