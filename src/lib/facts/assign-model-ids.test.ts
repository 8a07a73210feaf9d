import { expect, test } from 'vitest';
import { assignModelIds } from './assign-model-ids.ts';
import type { ModelDraft } from './fact-drafts.ts';

const draft = (name: string, modelIds: string[] = [], provider: ModelDraft['provider'] = 'google-cloud'): ModelDraft => ({
  key: `${provider}|${name}|${modelIds.join(',')}`,
  provider,
  name,
  modelIds,
  scope: 'model',
});

test('models sharing a name get their first model id appended; others keep the plain slug', () => {
  const models = [draft('Imagen 3', ['imagen-3.0-generate-001']), draft('Imagen 3', ['imagen-3.0-generate-002']), draft('Imagen 3 Fast', ['imagen-3.0-fast-generate-001']), draft('Command R+', [], 'azure')];
  expect([...assignModelIds(models).values()]).toEqual([
    'google-cloud-imagen-3-imagen-3-0-generate-001',
    'google-cloud-imagen-3-imagen-3-0-generate-002',
    'google-cloud-imagen-3-fast',
    'azure-command-r-plus',
  ]);
});

test('names that still collide are numbered', () => {
  expect([...assignModelIds([draft('Phi'), { ...draft('Phi'), key: 'other' }]).values()].sort()).toEqual(['google-cloud-phi', 'google-cloud-phi-2']);
});
