import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadSiteConfig } from '../../src/lib/config/load-site-config.ts';
import { sourceNavigation, type NavItem } from '../../src/lib/guides/navigation/source-navigation.ts';

/** The corpus's sidebar against its toc.yml, read here with `yaml` alone as the oracle. */
const config = loadSiteConfig('examples/azure-docs-cli/site.config.json');
const source = config.sources[0]!;

interface RawItem {
  href?: string;
  items?: RawItem[];
}
const tocPages = (items: RawItem[]): string[] =>
  items.flatMap((item) => [...(item.href && !/^([a-z]+:|\/)/i.test(item.href) ? [item.href.split('?')[0]!.toLowerCase()] : []), ...tocPages(item.items ?? [])]);
const navPages = (items: NavItem[]): string[] => items.flatMap((item) => (item.type === 'page' ? [path.basename(item.path).toLowerCase()] : item.type === 'group' ? navPages(item.items) : []));

test('every page the TOC names is in the sidebar, in the TOC’s order, and the rest after it', () => {
  const expected = tocPages(parse(readFileSync(path.join(source.absoluteDir, 'toc.yml'), 'utf8')).items);
  const navigation = sourceNavigation(source, config);
  const listed = navPages(navigation.items);
  expect(listed.slice(0, expected.length)).toEqual(expected);
  expect(navigation.diagnostics.filter((d) => d.rule === 'toc-target-missing')).toEqual([]);
  expect(navigation.searchWords.get(`${source.contentDir ? `${source.contentDir}/` : ''}what-is-azure-cli.md`)).toEqual(['overview', 'intro', 'introduction']);
});
