import { expect, test } from 'vitest';
import { matchPublisher } from './match-publisher.ts';

test.each([
  ['Cohere Command R+', 'Cohere', 'Cohere', 'Cohere Command R+'],
  ['Meta Llama', 'Meta', 'Llama', 'Meta Llama'],
  ['Codestral', 'Mistral AI', 'Codestral', 'Codestral'],
  ["Anthropic's Claude 3.7 Sonnet", 'Anthropic', 'Claude', 'Claude 3.7 Sonnet'],
  ['Anthropic’s Claude 3 Haiku', 'Anthropic', 'Claude', 'Claude 3 Haiku'],
  ['Jamba 1.5 Mini', 'AI21 Labs', 'Jamba', 'Jamba 1.5 Mini'],
  ['Embeddings for Text', 'Google', 'Embeddings', 'Embeddings for Text'],
  ['Microsoft Phi-3', 'Microsoft', 'Phi-3', 'Microsoft Phi-3'],
  ['Jais', 'Core42', 'Jais', 'Jais'],
])('%s', (name, publisher, family, display) => {
  expect(matchPublisher(name)).toMatchObject({ publisher, family, name: display });
});

test('a name with no known family has no publisher, and families match whole words only', () => {
  expect(matchPublisher('Model A')).toBeUndefined();
  expect(matchPublisher('Geminix 3')).toBeUndefined();
});
