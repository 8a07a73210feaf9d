import { expect, test } from 'vitest';
import { normalizeModelName } from './normalize-model-name.ts';

test.each([
  ['Gemini 1.5 Pro (`gemini-1.5-pro-002`, `gemini-1.5-pro-001`)', { name: 'Gemini 1.5 Pro', modelIds: ['gemini-1.5-pro-002', 'gemini-1.5-pro-001'], preview: false, repairs: [] }],
  ['Imagen 2 (`imagegeneration@005`)', { name: 'Imagen 2', modelIds: ['imagegeneration@005'], preview: false, repairs: [] }],
  ['Llama 4 Scout 17B-16E (Preview)', { name: 'Llama 4 Scout 17B-16E', modelIds: [], preview: true, repairs: [] }],
  ['Mistral Small 3.1 (25.03)', { name: 'Mistral Small 3.1 (25.03)', modelIds: [], preview: false, repairs: [] }],
  ['  Cohere Command R+  ', { name: 'Cohere Command R+', modelIds: [], preview: false, repairs: [] }],
  ['Imagen 3 `imagen-3.0-generate-002`)', { name: 'Imagen 3', modelIds: ['imagen-3.0-generate-002'], preview: false, repairs: ['a lost `(`'] }],
  ['Imagen 3 (`imagen-3.0-generate-002`', { name: 'Imagen 3', modelIds: ['imagen-3.0-generate-002'], preview: false, repairs: ['a lost `)`'] }],
  ['Imagen 3 (`imagen-3.0-generate-002)', { name: 'Imagen 3', modelIds: ['imagen-3.0-generate-002'], preview: false, repairs: ['a lost backtick'] }],
  ['`gpt-4o`', { name: '', modelIds: ['gpt-4o'], preview: false, repairs: [] }],
  ['gpt-4o*', { name: 'gpt-4o', modelIds: [], preview: false, repairs: [] }],
  ['gpt-4o**', { name: 'gpt-4o', modelIds: [], preview: false, repairs: [] }],
  ['`gpt-4o`* (Preview)', { name: '', modelIds: ['gpt-4o'], preview: true, repairs: [] }],
  ['GPT-4o¹', { name: 'GPT-4o', modelIds: [], preview: false, repairs: [] }],
  ['GPT-4o mini²³', { name: 'GPT-4o mini', modelIds: [], preview: false, repairs: [] }],
  ['o1†', { name: 'o1', modelIds: [], preview: false, repairs: [] }],
  ['Cohere Command R+', { name: 'Cohere Command R+', modelIds: [], preview: false, repairs: [] }],
  ['o3-mini[^2]', { name: 'o3-mini', modelIds: [], preview: false, repairs: ['a footnote reference `[^2]` with no definition'] }],
])('%s', (text, expected) => {
  expect(normalizeModelName(text)).toEqual(expected);
});
