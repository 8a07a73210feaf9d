import { expect, test } from 'vitest';
import { slugifyName } from './slugify-name.ts';

test.each([
  ['Cohere Command R+', 'cohere-command-r-plus'],
  ['Cohere Command R', 'cohere-command-r'],
  ['imagen-3.0-generate-001', 'imagen-3-0-generate-001'],
  ['imagegeneration@005', 'imagegeneration-005'],
  ['Imagen for Captioning & VQA', 'imagen-for-captioning-vqa'],
  ['Montréal', 'montreal'],
  ['us-east5', 'us-east5'],
])('%s → %s', (text, slug) => {
  expect(slugifyName(text)).toBe(slug);
});
