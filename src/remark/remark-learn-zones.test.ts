import path from 'node:path';
import { expect, test } from 'vitest';
import { loadPivotGroups } from '../lib/guides/pivot-groups.ts';
import * as zones from './remark-learn-zones.ts';
import remarkLearnZones from './remark-learn-zones.ts';
import { describeFixtures, locateIn } from '../../tests/support/remark-fixtures.ts';

test('public API', () => {
  expect(Object.keys(zones)).toEqual(['default']);
});

test('the project pivot group names the four tools of the Foundry guide', () => {
  const group = loadPivotGroups().find((g) => g.id === 'azure-ai-serverless-deployment');
  expect(group?.pivots.map((p) => `${p.id}=${p.title}`)).toEqual([
    'ai-foundry-portal=Foundry portal',
    'programming-language-cli=Azure CLI',
    'python-sdk=Python SDK',
    'programming-language-bicep=Bicep',
  ]);
});

const groups = loadPivotGroups();
describeFixtures(path.join(import.meta.dirname, 'fixtures/zones'), (doc) => [[remarkLearnZones, { groups, locate: locateIn(doc) }]]);
