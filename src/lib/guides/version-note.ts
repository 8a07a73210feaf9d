import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { SourceMeta } from '../content/source-meta.ts';
import { matrixRoute } from '../site-data/page-routes.ts';

export interface ArticleVersion {
  meta: SourceMeta;
  route: string;
  /** Whether the dataset holds availability facts read from this version. */
  hasFacts: boolean;
}

/**
 * A note above a versioned article linking its other versions: the newest
 * version (the file without an `@date` mark) is the article; an older one
 * says which date it is and links to the article. Empty when the article has
 * one version. When this version gave no availability facts (its tables sit
 * in an include we do not have) but another did, the note points there.
 */
export function versionNote(meta: SourceMeta, versions: ArticleVersion[]): string {
  if (versions.length < 2) return '';
  const self = versions.find((version) => version.meta.path === meta.path);
  const others = versions.filter((version) => version.meta.path !== meta.path).sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? ''));
  const links = others.flatMap(({ meta: other, route }, index) => [
    ...(index > 0 ? [', '] : []),
    h('a', { href: route }, other.path === other.article ? 'the current version' : `the ${other.date ?? 'earlier'} version`),
  ]);
  const withFacts = others.find((version) => version.hasFacts);
  const tablesElsewhere =
    !self?.hasFacts && withFacts
      ? [' Its availability tables are not among our sources; ', h('a', { href: withFacts.route }, `the ${withFacts.meta.date ?? 'other'} version`), ' and the ', h('a', { href: matrixRoute }, 'availability matrix'), ' show them.']
      : [];
  const text =
    meta.path === meta.article
      ? [`This is the ${meta.date ?? 'newest'} version of this article. Earlier: `, ...links, '.', ...tablesElsewhere]
      : [`This is the ${meta.date ?? 'earlier'} version of this article, kept for its availability tables. Read `, ...links, '.'];
  return (
    toHtml(
      h('div', { role: 'note', ariaLabel: 'Versions', className: ['starlight-aside', 'starlight-aside--note'] }, [
        h('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, 'Versions'),
        h('div', { className: ['starlight-aside__content'] }, [h('p', text)]),
      ]),
    ) + '\n'
  );
}
