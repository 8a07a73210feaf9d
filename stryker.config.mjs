// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): which mutants of the extractor,
 * the loader and the matrix's filter code the unit tests kill. Incremental:
 * a rerun tests only mutants in code or tests that changed since
 * `reports/mutation/incremental.json`. Scores per folder are in the README.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/lib/tables/**/*.ts',
    'src/lib/facts/**/*.ts',
    'src/lib/content/**/*.ts',
    'src/lib/matrix/filter-*.ts',
    'src/lib/matrix/cell-state.ts',
    'src/client/matrix-*.ts',
    '!**/*.test.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The machine's 2 cores are shared: one test process.
  concurrency: 1,
  timeoutMS: 20_000,
  tempDirName: '.cache/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 75, break: null },
};
export default config;
