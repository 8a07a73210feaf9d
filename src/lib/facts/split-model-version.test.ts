import { expect, test } from 'vitest';
import { bareVersion, nameWithoutVersion, splitHeaderVersion, splitVersionInParens, versionedName } from './split-model-version.ts';

test.each([
  ['gpt-4 (0613)', { name: 'gpt-4', version: '0613' }],
  ['gpt-4.1 (2025-04-14)', { name: 'gpt-4.1', version: '2025-04-14' }],
  ['gpt-4.1 ( 2025-04-14 )', { name: 'gpt-4.1', version: '2025-04-14' }],
  ['Mistral Small 3.1 (25.03)', { name: 'Mistral Small 3.1 (25.03)' }],
  ['Claude 3.5 Sonnet v2 (20241022)', { name: 'Claude 3.5 Sonnet v2 (20241022)' }],
  ['(0613)', { name: '(0613)' }],
  ['gpt-4o', { name: 'gpt-4o' }],
  ['text-embedding-ada-002 (version 2)', { name: 'text-embedding-ada-002', version: '2' }],
  ['text-embedding-ada-002 (Version 1)', { name: 'text-embedding-ada-002', version: '1' }],
  ['gpt-4 (1106-preview)', { name: 'gpt-4', version: '1106-preview' }],
  ['gpt-4 (vision-preview)', { name: 'gpt-4', version: 'vision-preview' }],
  ['gpt-4 (turbo-2024-04-09)', { name: 'gpt-4', version: 'turbo-2024-04-09' }],
  ['Llama 3.3 70B (Preview)', { name: 'Llama 3.3 70B (Preview)' }],
])('in a name: %j', (text, expected) => {
  expect(splitVersionInParens(text)).toEqual(expected);
});

test.each([
  ['gpt-4o, 2024-05-13', { name: 'gpt-4o', version: '2024-05-13' }],
  [' gpt-4 ,turbo-2024-04-09 ', { name: 'gpt-4', version: 'turbo-2024-04-09' }],
  ['tts, 001', { name: 'tts', version: '001' }],
  ['gpt-35-turbo, 1106-Preview', { name: 'gpt-35-turbo', version: '1106-Preview' }],
  ['gpt-4o (2024-05-13)', { name: 'gpt-4o', version: '2024-05-13' }],
  ['Llama 3.1 405B, Instruct', { name: 'Llama 3.1 405B, Instruct' }],
  ['o1', { name: 'o1' }],
])('in a header: %j', (text, expected) => {
  expect(splitHeaderVersion(text)).toEqual(expected);
});

test.each([
  ['(2024-07-18)', '2024-07-18'],
  ['( 0613 )', '0613'],
  ['(25.03)', undefined],
  ['(version 2)', '2'],
  ['(Preview)', undefined],
  ['gpt-4 (0613)', undefined],
])('%j alone names version %j', (text, version) => {
  expect(bareVersion(text)).toBe(version);
});

test('a version added to a name comes off again', () => {
  expect(versionedName('gpt-4', '0613')).toBe('gpt-4 (0613)');
  expect(versionedName('gpt-4', undefined)).toBe('gpt-4');
  expect(nameWithoutVersion({ name: versionedName('gpt-4 (turbo)', '1106'), version: '1106' })).toBe('gpt-4 (turbo)');
  expect(nameWithoutVersion({ name: 'Mistral Small 3.1 (25.03)' })).toBe('Mistral Small 3.1 (25.03)');
});
