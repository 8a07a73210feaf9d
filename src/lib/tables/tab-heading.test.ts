import type { Heading } from 'mdast';
import { expect, test } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';
import { tabLabel } from './tab-heading.ts';

const heading = (markdown: string) => parseMarkdown(markdown).children[0] as Heading;

test.each([
  ['# [Global Standard](#tab/global-standard)', 'Global Standard'],
  ['### [Linux](#tab/linux)  ', 'Linux'],
  ['## [Both](#tab/cli+python)', 'Both'],
  ['# [Python on Linux](#tab/python/linux)', 'Python on Linux'],
  ['# [**Bold**](#tab/bold)', 'Bold'],
  ['# [Bad id](#tab/bad_id)', undefined],
  ['# [Not a tab](#section)', undefined],
  ['# Tab: [Linux](#tab/linux)', undefined],
  ['# Jais models', undefined],
])('%j is labelled %j', (markdown, label) => {
  expect(tabLabel(heading(markdown))).toBe(label);
});
