/**
 * The title Pagefind ranks a page by, apart from the title a result shows.
 *
 * Pagefind (1.5) ranks a page up when the query's words are in its `title`
 * metadata, and counts a hyphenated word both whole and in parts
 * (https://github.com/Pagefind/pagefind/issues/1127): for the query
 * `Gemini 2.0 Flash`, the title `Gemini 2.0 Flash-Lite` matches `flash` twice
 * (`flashlite`, `flash`) and outranks the page titled `Gemini 2.0 Flash`.
 * So the shown `title` weighs nothing and every page is ranked by its
 * `search_title`: its title as shown, except on model pages, which spell it
 * with `searchWords`.
 */

/** Metadata key of the title a page is ranked by. */
export const searchTitleKey = 'search_title';

/**
 * Pagefind's metadata weights for the search box: the weight Pagefind gives
 * `title` by default (5) moves to `search_title`.
 */
export const searchMetaWeights: Readonly<Record<string, number>> = { title: 0, [searchTitleKey]: 5 };
