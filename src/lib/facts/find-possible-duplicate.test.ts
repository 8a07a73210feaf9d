import { expect, test } from 'vitest';
import type { ModelDraft } from './fact-drafts.ts';
import { lookOf, possibleDuplicate } from './find-possible-duplicate.ts';

const model = (name: string, extra: Partial<ModelDraft> = {}): ModelDraft => ({ key: name, provider: 'google-cloud', name, modelIds: [], scope: 'model', ...extra });
const versioned = (name: string, version: string) => model(`${name} (${version})`, { version });
/** Names each case by its two models, ids and providers shown where they decide. */
const titled = <T extends unknown[]>(cases: [ModelDraft, ModelDraft, ...T][]) =>
  cases.map(([a, b, ...rest]) => [`${label(a)} / ${label(b)}`, a, b, ...rest] as const);
const label = (m: ModelDraft) => `${m.name}${m.modelIds.length > 0 ? ` [${m.modelIds.join(', ')}]` : ''}${m.scope === 'family' ? ' (family)' : ''} @${m.provider}`;

test.each(titled([
  [model('Gemini 2.0 Flash'), model('Gemni 2.0 Flash'), 'their names are 1 letter apart'],
  [model('Claude 3.5 Sonnet'), model('Cluade 3.5 Sonnet'), 'their names are 1 letter apart'],
  [model('Mistral Nemo'), model('Mistrall Nemmo'), 'their names are 2 letters apart'],
  [model('gpt-4o'), model('gpt4o'), 'their names differ only by punctuation'],
  [model('Llama 3.1 8B'), model('Llama 31 8B'), 'their names differ only by punctuation'],
  [versioned('gpt-4', '0613'), versioned('gpt-4', '06-13'), 'their versions differ only by punctuation'],
  [model('Imagen 3', { modelIds: ['imagen-3.0-generate-002'] }), model('Imagen 3 Generate', { modelIds: ['imagen-3.0-generate-002'] }), 'they share model id `imagen-3.0-generate-002`'],
  [model('Codestral'), model('Codestral', { modelIds: ['codestral-2501'] }), 'one names model id `codestral-2501`, the other none'],
]))('%s look alike', (_, a, b, reason) => {
  expect(possibleDuplicate(lookOf(a), lookOf(b))).toBe(reason);
  expect(possibleDuplicate(lookOf(b), lookOf(a))).toBe(reason);
});

test.each(titled([
  [model('Gemini 2.0 Flash'), model('Gemini 2.0 Flash-Lite')],
  [model('Llama 3.1 405B'), model('Llama 3.1 70B')],
  [model('Imagen 3'), model('Imagen 3 Fast')],
  [model('Cohere Command R'), model('Cohere Command R+')],
  [model('Claude 3 Haiku'), model('Claude 3.5 Haiku')],
  [model('Gemini 2.5 Flash'), model('Gemini 2.5 Pro')],
  [model('gpt-4.1-mini'), model('gpt-4.1-nano')],
  [model('o1-mini'), model('o3-mini')],
  [model('Mistral Nemo'), model('Mistrall Nemmo Large')],
  [model('Mistral Nemo'), model('Mistrak Nemmoo')],
  [versioned('gpt-4o', '2024-05-13'), versioned('gpt-4o', '2024-08-06')],
  [versioned('gpt-4o', '2024-05-13'), model('gpt-4o')],
  [model('Imagen 2', { modelIds: ['imagegeneration@005'] }), model('Imagen 2', { modelIds: ['imagegeneration@006'] })],
  [model('Gemini 2.0 Flash'), model('Gemni 2.0 Flash', { provider: 'azure' })],
  [model('Mistral', { scope: 'family' }), model('Mistrall')],
]))('%s are two models', (_, a, b) => {
  expect(possibleDuplicate(lookOf(a), lookOf(b))).toBeUndefined();
});
