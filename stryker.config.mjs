// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): which mutants of the extractor,
 * the loader and the matrix's filter code the unit tests kill. One area at a
 * time (`MUTATION_AREA`, default all of them in turn from package.json), each
 * with its own report and incremental file in reports/mutation/<area>/, so a
 * rerun tests only the mutants in code or tests that changed since.
 * Scores per area are in the README.
 * @type {Record<string, string[]>}
 */
const areas = {
  tables: ['src/lib/tables/**/*.ts'],
  facts: ['src/lib/facts/**/*.ts'],
  content: ['src/lib/content/**/*.ts'],
  matrix: ['src/lib/matrix/filter-*.ts', 'src/lib/matrix/cell-state.ts'],
  client: ['src/client/matrix-*.ts'],
};
const area = process.env.MUTATION_AREA ?? 'tables';
if (!areas[area]) throw new Error(`MUTATION_AREA must be one of ${Object.keys(areas).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [...areas[area], '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/mutation/${area}/incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${area}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${area}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  // The machine's 2 cores are shared: at most two test processes.
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.cache/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 85, low: 75, break: null },
};
export default config;
