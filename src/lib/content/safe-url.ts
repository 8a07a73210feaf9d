/** The schemes a link from content may carry; anything else (`javascript:`, `data:`, `vbscript:`, `file:`, `mailto:`) is dropped. */
const ALLOWED_SCHEMES = new Set(['http', 'https']);

/** A scheme as browsers read one: a letter, then letters, digits, `+`, `-` or `.`, then a colon. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** What browsers strip or ignore inside a URL before reading its scheme: ASCII whitespace and control characters. */
const IGNORED = /[\u0000-\u0020\u007f-\u009f]+/g;
/** Character references: `&#58;`, `&#x3A;`, `&colon;`, `&Tab;`. */
const REFERENCE = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/gi;
const NAMED: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n', nbsp: ' ', amp: '&', sol: '/', period: '.', lpar: '(', rpar: ')' };

export type UrlCheck = { safe: true; href: string } | { safe: false; scheme: string };

/** Folds what could hide a scheme: character references (decoded until none is left), whitespace and control characters. */
function folded(href: string): string {
  let text = href;
  // `&amp;#58;` is `&#58;` once decoded: decode until nothing changes (a few passes suffice for any real text).
  for (let pass = 0; pass < 4; pass++) {
    const next = text.replace(REFERENCE, decodeReference);
    if (next === text) break;
    text = next;
  }
  return text.replace(IGNORED, '');
}

function decodeReference(whole: string, name: string): string {
  if (!name.startsWith('#')) return NAMED[name.toLowerCase()] ?? whole;
  const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Whether a URL from content may reach the dataset or a page: `http:`,
 * `https:`, or relative (`/path`, `#anchor`, `page.md`, `//host`). The scheme
 * is read as a browser would, with character references, whitespace and
 * control characters folded out and case ignored, so `JaVa&#x09;script:`
 * counts as `javascript:`.
 */
export function checkContentUrl(href: string): UrlCheck {
  const scheme = SCHEME.exec(folded(href))?.[1]?.toLowerCase();
  if (scheme === undefined || ALLOWED_SCHEMES.has(scheme)) return { safe: true, href: href.trim() };
  return { safe: false, scheme };
}

/** The URL when it is safe to render as an `href` or `src`, else `undefined`: pages check again, whatever the dataset says. */
export function safeHref(href: string | null | undefined): string | undefined {
  if (href == null || href.trim() === '') return undefined;
  const check = checkContentUrl(href);
  return check.safe ? check.href : undefined;
}
