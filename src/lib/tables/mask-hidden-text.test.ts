import { expect, test } from 'vitest';
import { maskHiddenText } from './mask-hidden-text.ts';

test('lines with nothing to hide are returned as they are', () => {
  const lines = ['| a | b |', '| - | - |', 'text ✔'];
  expect(maskHiddenText(lines)).toEqual(lines);
});

test('a comment opening a line hides whole lines up to the one closing it', () => {
  expect(maskHiddenText(['<!--', '| a | ✔ |', '-->', 'after', '  <!-- one line --> rest', 'shown'])).toEqual(['', '', '', 'after', '', 'shown']);
});

test('a comment opening mid-line hides what follows up to `-->`, columns kept', () => {
  expect(maskHiddenText(['Text ✔ <!-- ✔ --> ✔'])).toEqual(['Text ✔            ✔']);
  expect(maskHiddenText(['Note <!-- old', '| a | b |', '| - | - |', 'end --> ✔'])).toEqual(['Note         ', '', '', '        ✔']);
});

test('a comment left open when its paragraph ends is literal text', () => {
  const lines = ['Note <!-- old', '', '| a | ✔ |', '-->'];
  expect(maskHiddenText(lines)).toEqual(lines);
  expect(maskHiddenText(['Note <!-- old', '## Heading', '-->'])).toEqual(['Note <!-- old', '## Heading', '-->']);
});

test('code fences are hidden whole, comments inside them do not open, fences inside comments do not either', () => {
  expect(maskHiddenText(['```md', '<!--', '# not a heading ✔', '```', 'after'])).toEqual(['', '', '', '', 'after']);
  expect(maskHiddenText(['<!--', '```', '-->', '✔'])).toEqual(['', '', '', '✔']);
  expect(maskHiddenText(['~~~~', '```', '~~~', '~~~~', 'after'])).toEqual(['', '', '', '', 'after']);
  expect(maskHiddenText(['``` `inline` ```', '✔'])).toEqual(['``` `inline` ```', '✔']);
});

test('a fence in a list item or quote ends when a line leaves the container', () => {
  expect(maskHiddenText(['1. Step', '   ```', '   code ✔', '', 'Outside ✔'])).toEqual(['1. Step', '', '', '', 'Outside ✔']);
  expect(maskHiddenText(['> ```', '> code', 'Outside'])).toEqual(['', '', 'Outside']);
});
