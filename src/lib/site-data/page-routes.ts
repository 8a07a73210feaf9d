/** Where the pages generated from the dataset live; every link to them is built here. */

/** The availability matrix. */
export const matrixRoute = '/availability/';

export function modelRoute(id: string): string {
  return `/models/${id}/`;
}

export function regionRoute(id: string): string {
  return `/regions/${id}/`;
}

export function publisherRoute(id: string): string {
  return `/publishers/${id}/`;
}

/** The availability changes, newest first, and their Atom feed. */
export const changesRoute = '/changes/';
export const changesFeedRoute = '/changes.xml';

/** The catalogue of diagnostic rules, and one page per rule. */
export const rulesRoute = '/data-quality/rules/';

export function ruleRoute(id: string): string {
  return `${rulesRoute}${id}/`;
}
