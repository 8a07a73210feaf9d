import { expect, test } from 'vitest';
import { seededRandom } from './seeded-random.ts';
import { generateCorpus } from './synthetic-corpus.ts';

test('the same seed gives the same sequence, another seed another one', () => {
  const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
  expect(take(7)).toEqual(take(7));
  expect(take(7)).not.toEqual(take(8));
  expect(take(7).every((value) => value >= 0 && value < 1)).toBe(true);
});

test('the benchmark corpus is deterministic, has both table shapes and every broken pattern', () => {
  const corpus = generateCorpus(60);
  expect(generateCorpus(60)).toEqual(corpus);
  const pages = corpus.filter((file) => !file.path.startsWith('includes/'));
  expect(pages).toHaveLength(60);
  const text = corpus.map((file) => file.text).join('\n');
  expect(text).toContain('Hub/Project Region for Deployment');
  expect(text).toMatch(/\| \| [^|]+\([a-z0-9-]+\) \|/);
  expect(text).toMatch(/<br>\n/);
  expect(text).toContain('Imagen 3 `imagen-3.0-generate-002`)');
  expect(text).toContain('[!INCLUDE [regions]');
  expect(text).toMatch(/^\| \|/m);
});
