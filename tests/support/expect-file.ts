import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` with the expectation file `file`, the way the unified
 * collective's fixtures do: `UPDATE_FIXTURES=1` rewrites every expectation,
 * and a missing one is written on first run, except under `CI=true`, where it
 * fails the test: a fixture committed without its expected output would
 * otherwise pass whatever the code does.
 */
export function expectFile(file: string, actual: string): void {
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, actual);
  else if (!existsSync(file)) {
    if (process.env.CI === 'true') {
      throw new Error(`Missing expectation ${file}: run the tests once without CI=true (or with UPDATE_FIXTURES=1) and commit it`);
    }
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
