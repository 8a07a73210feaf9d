import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { expectFile } from '../support/expect-file.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'expect-file-'));

afterEach(() => {
  vi.unstubAllEnvs();
});

test('a missing expectation fails under CI=true and is not written', () => {
  vi.stubEnv('CI', 'true');
  vi.stubEnv('UPDATE_FIXTURES', '');
  const file = path.join(folder(), 'output.html');
  expect(() => expectFile(file, '<p>x</p>\n')).toThrow(`Missing expectation ${file}`);
  expect(existsSync(file)).toBe(false);
});

test('outside CI a missing expectation is written, and then holds', () => {
  vi.stubEnv('CI', '');
  vi.stubEnv('UPDATE_FIXTURES', '');
  const file = path.join(folder(), 'output.html');
  expectFile(file, 'first\n');
  expect(readFileSync(file, 'utf8')).toBe('first\n');
  expect(() => expectFile(file, 'second\n')).toThrow();
});

test('an expectation that differs fails, in CI or not', () => {
  const file = path.join(folder(), 'messages.txt');
  writeFileSync(file, 'old\n');
  for (const ci of ['true', '']) {
    vi.stubEnv('CI', ci);
    expect(() => expectFile(file, 'new\n')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
  }
});

test('UPDATE_FIXTURES=1 rewrites an expectation, even under CI=true', () => {
  vi.stubEnv('CI', 'true');
  vi.stubEnv('UPDATE_FIXTURES', '1');
  const file = path.join(folder(), 'facts.json');
  writeFileSync(file, 'old\n');
  expectFile(file, 'new\n');
  expect(readFileSync(file, 'utf8')).toBe('new\n');
});
