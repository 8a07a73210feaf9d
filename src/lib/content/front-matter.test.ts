import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { diagnosticsOf } from '../diagnostics/diagnostic.ts';
import { splitFrontMatter } from './front-matter.ts';

test.each([['---\n.\n---\nBody'], ['---\n- a\n- b\n---\nBody']])('front matter that is not a mapping is a warning and ignored: %j', (text) => {
  const file = new VFile({ path: 'x.md' });
  const split = splitFrontMatter(text, file);
  expect(split.data).toEqual({});
  expect(split.body.split('\n').at(-1)).toBe('Body');
  expect(diagnosticsOf(file).map((d) => `${d.rule}:${d.line}:${d.message}`)).toEqual(['front-matter-invalid:1:Front matter is not a mapping of keys to values; ignored']);
});
