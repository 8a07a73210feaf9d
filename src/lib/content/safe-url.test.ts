import { expect, test } from 'vitest';
import { checkContentUrl, safeHref } from './safe-url.ts';

test('the public API', async () => {
  expect(Object.keys(await import('./safe-url.ts')).sort()).toEqual(['checkContentUrl', 'safeHref']);
});

test.each([
  ['javascript:alert(1)', 'javascript'],
  ['JavaScript:alert(1)', 'javascript'],
  ['  javascript:alert(1)', 'javascript'],
  ['java\tscript:alert(1)', 'javascript'],
  ['java\nscript:alert(1)', 'javascript'],
  ['\u0000javascript:alert(1)', 'javascript'],
  ['javascript&#58;alert(1)', 'javascript'],
  ['javascript&#x3A;alert(1)', 'javascript'],
  ['javascript&colon;alert(1)', 'javascript'],
  ['java&Tab;script:alert(1)', 'javascript'],
  ['&#106;avascript:alert(1)', 'javascript'],
  ['javascript&amp;#58;alert(1)', 'javascript'],
  ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
  ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['VBScript:msgbox(1)', 'vbscript'],
  ['file:///etc/passwd', 'file'],
  ['mailto:someone@example.com', 'mailto'],
])('%j is dropped', (href, scheme) => {
  expect(checkContentUrl(href)).toEqual({ safe: false, scheme });
  expect(safeHref(href)).toBeUndefined();
});

test.each([
  ['https://learn.microsoft.com/azure/', 'https://learn.microsoft.com/azure/'],
  ['HTTP://example.com', 'HTTP://example.com'],
  ['/partner-center/marketplace/tax-details', '/partner-center/marketplace/tax-details'],
  ['#global-standard', '#global-standard'],
  ['../includes/table.md', '../includes/table.md'],
  ['page?pivots=a:b', 'page?pivots=a:b'],
  [' //cdn.example.com/x ', '//cdn.example.com/x'],
])('%j is kept', (href, kept) => {
  expect(checkContentUrl(href)).toEqual({ safe: true, href: kept });
  expect(safeHref(href)).toBe(kept);
});

test('nothing to render from an empty or missing URL', () => {
  expect(safeHref(undefined)).toBeUndefined();
  expect(safeHref(null)).toBeUndefined();
  expect(safeHref('  ')).toBeUndefined();
});
