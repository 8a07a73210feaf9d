import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectFile } from '../../../tests/support/expect-file.ts';
import { diagnosticsOf } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import * as loader from './load-document.ts';
import { loadDocument, locate, parseDocument } from './load-document.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');

test('public API', () => {
  expect(Object.keys(loader).sort()).toEqual(['loadDocument', 'locate', 'parseDocument']);
});

describe.each(readdirSync(fixtures))('%s', (name) => {
  const root = path.join(fixtures, name);

  test('expanded text', () => expectFile(path.join(root, 'expected.md'), loadDocument(root, 'input.md').text));
  test('messages', () => {
    const doc = loadDocument(root, 'input.md');
    const messages = diagnosticsOf(doc.file).map((d) => formatDiagnostic(d)).join('\n');
    expectFile(path.join(root, 'messages.txt'), messages + '\n');
  });
});

test('lines of included text point back to the file they were written in', () => {
  const doc = loadDocument(path.join(fixtures, 'include-nested'), 'input.md');
  const lines = doc.text.split('\n');
  const b2 = lines.indexOf('B line two.') + 1;
  expect(locate(doc, b2, 3)).toEqual({ source: 'includes/b.md', line: 2, column: 3 });
  const after = lines.indexOf('After.') + 1;
  expect(locate(doc, after)).toEqual({ source: 'input.md', line: 9, column: 1 });
});

test('indentation is carried onto included lines and taken off their columns', () => {
  const doc = loadDocument(path.join(fixtures, 'include-indented-in-list'), 'input.md');
  const lines = doc.text.split('\n');
  const second = lines.indexOf('    - second') + 1;
  expect(second).toBeGreaterThan(0);
  expect(locate(doc, second, 7)).toEqual({ source: 'steps.md', line: 2, column: 3 });
});

test('front matter is read and blanked, keeping line numbers', () => {
  const doc = parseDocument('/nowhere', 'x.md', '---\ntitle: T\nms.date: 5/21/2024\n---\n# Heading\n');
  expect(doc.data).toEqual({ title: 'T', 'ms.date': '5/21/2024' });
  expect(doc.text.split('\n')[4]).toBe('# Heading');
  expect(doc.text.split('\n').slice(0, 4)).toEqual(['', '', '', '']);
});

test('invalid front matter is a located warning, not an exception', () => {
  const doc = parseDocument('/nowhere', 'x.md', '---\ntitle: [unclosed\n---\nBody\n');
  expect(diagnosticsOf(doc.file).map((d) => `${d.rule}:${d.line}`)).toEqual(['front-matter-invalid:1']);
  expect(doc.text.split('\n')[3]).toBe('Body');
});

test('a symbolic link inside the content folder never reads a file outside it', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
  writeFileSync(path.join(outside, 'secret.md'), 'SECRET\n');
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  mkdirSync(path.join(root, 'docs'));
  symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'docs', 'link.md'));
  writeFileSync(path.join(root, 'docs', 'page.md'), '# Page\n\n[!INCLUDE [s](link.md)]\n');
  const doc = loadDocument(root, 'docs/page.md');
  expect(doc.text).not.toContain('SECRET');
  expect(diagnosticsOf(doc.file).map((d) => d.rule)).toEqual(['include-outside-content']);
});
