import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone, for the mutation run (`npm run test:mutation`): no
 * browser tests (they test the built `dist/`, which a mutant never reaches),
 * no CLI tests (they run the extractor in a child process Stryker cannot see
 * into), and no guide-rendering tests (they read whole sets while being
 * collected, which makes every mutant they reach a slow "static" one; the
 * extractor's own tests cover that code), and no tests of the real corpus
 * (they read ../shared/corpora, which is not beside Stryker's sandbox copy).
 * Property tests run fewer cases per mutant (`FC_NUM_RUNS`).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/guides-*.test.ts', '**/corpus-*.test.ts', 'src/lib/guides/pivot-groups.test.ts', 'src/lib/config/**', '**/node_modules/**'],
    env: { FC_NUM_RUNS: '60' },
  },
});
