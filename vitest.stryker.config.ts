import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone, for the mutation run (`npm run test:mutation`): no
 * browser tests (they test the built `dist/`, which a mutant never reaches),
 * and no CLI tests (they run the extractor in a child process Stryker cannot
 * see into). Property tests run fewer cases per mutant (`FC_NUM_RUNS`).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    env: { FC_NUM_RUNS: '60' },
  },
});
