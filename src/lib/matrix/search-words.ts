/**
 * The words a model page is found by. Pagefind indexes `Flash-Lite` whole
 * (`flashlite`) as well as in parts, and matches a query's words by prefix,
 * so the query `Gemini 2.0 Flash` would rank the page of the rarer
 * `flashlite` above the page of `Gemini 2.0 Flash` itself. Hyphens between
 * letters are therefore spelled as spaces; hyphens next to digits stay, so
 * `Phi-3` and model ids such as `gemini-2.0-flash-001` are found whole.
 */
export function searchWords(name: string): string {
  return name.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
}
