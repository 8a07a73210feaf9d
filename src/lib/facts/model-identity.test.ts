import { expect, test } from 'vitest';
import { modelIdentity } from './model-identity.ts';

test.each([
  ['GPT-4o', 'gpt 4o'],
  ['gpt-4o', 'gpt 4o'],
  ['GPT 4o', 'gpt 4o'],
  ['gpt_4o', 'gpt 4o'],
  ['Mistral-Large', 'mistral large'],
  ['  Mistral   Large ', 'mistral large'],
  ['ｇｐｔ-4o', 'gpt 4o'],
  ['gpt4o', 'gpt4o'],
  ['Cohere Command R+', 'cohere command r+'],
  ['gpt-4.1 (2025-04-14)', 'gpt 4.1 (2025 04 14)'],
])('%j → %j', (name, identity) => {
  expect(modelIdentity(name)).toBe(identity);
});
