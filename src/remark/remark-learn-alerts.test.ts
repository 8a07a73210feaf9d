import path from 'node:path';
import { expect, test } from 'vitest';
import * as alerts from './remark-learn-alerts.ts';
import remarkLearnAlerts from './remark-learn-alerts.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(alerts)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/alerts'), (doc) => [[remarkLearnAlerts, { locate: locateIn(doc) }]]);
