import path from 'node:path';
import { expect, test } from 'vitest';
import * as video from './remark-learn-video.ts';
import remarkLearnVideo from './remark-learn-video.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(video)).toEqual(['default']);
});

describeFixtures(path.join(import.meta.dirname, 'fixtures/video'), (doc) => [[remarkLearnVideo, { locate: locateIn(doc) }]]);
