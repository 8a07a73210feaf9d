import type { ResolvedSiteConfig } from '../config/load-site-config.ts';
import { articlePath } from '../content/source-meta.ts';
import type { HistoryCommit, HistoryEvent } from './history-schema.ts';

/** Where an event can be checked upstream: the commit, and the line at that commit. */
export interface EventLinks {
  commit?: string;
  /** The line of the file; for a removal, at the commit before (where the fact was last read). */
  line?: string;
  /** For a dated version (no commit): the history of the article's file upstream. */
  fileHistory?: string;
}

type SourceRepository = Pick<ResolvedSiteConfig['sources'][number], 'contentDir' | 'repository' | 'repositoryPath' | 'branch'>;

/**
 * Builds links into each source's `repository` (GitHub's address scheme:
 * `/commit/<id>`, `/blob/<id>/<path>#L<n>`, `/commits/<branch>/<path>`).
 * A content path belongs to the source whose folder holds it most closely.
 */
export function upstreamLinker(sources: readonly SourceRepository[], commits: readonly HistoryCommit[]): (event: HistoryEvent) => EventLinks {
  const parents = new Map(commits.flatMap((commit) => (commit.commit && commit.parent ? [[commit.commit, commit.parent] as const] : [])));
  const withRepository = sources.filter((source) => source.repository).sort((a, b) => b.contentDir.length - a.contentDir.length);
  const repositoryPath = (contentPath: string) => {
    const source = withRepository.find((candidate) => candidate.contentDir === '' || contentPath.startsWith(`${candidate.contentDir}/`));
    if (!source) return undefined;
    const below = source.contentDir === '' ? contentPath : contentPath.slice(source.contentDir.length + 1);
    const inRepository = [source.repositoryPath?.replace(/^\/+|\/+$/g, ''), below].filter(Boolean).join('/');
    return { base: source.repository!.replace(/\/+$/, ''), path: inRepository, branch: source.branch ?? 'main' };
  };
  return (event) => {
    const file = repositoryPath(event.file ?? event.source);
    if (!file) return {};
    if (!event.commit) return { fileHistory: `${file.base}/commits/${file.branch}/${articlePath(file.path)}` };
    const at = event.kind === 'removed' ? parents.get(event.commit) : event.commit;
    const links: EventLinks = { commit: `${file.base}/commit/${event.commit}` };
    if (at) links.line = `${file.base}/blob/${at}/${file.path}#L${event.line}`;
    return links;
  };
}
