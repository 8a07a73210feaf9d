import { rmSync } from 'node:fs';
import path from 'node:path';
import { learnSet, seedFiles } from './learn-set.ts';
import { measureBuild, type BuildRun } from './measure.ts';
import { bareProject, ourProject } from './projects.ts';

export interface BenchOptions {
  /** The repository (its node_modules and site are built). */
  repo: string;
  /** The real Learn set the generated ones are made from: its folder of articles. */
  corpus: string;
  /** Where the projects are made. */
  work: string;
  /** Generated set sizes, in articles (default: 500 and 2,000). */
  sizes?: number[];
}

export interface SetResult {
  label: string;
  pages: number;
  bare: BuildRun;
  ours: BuildRun;
}

/**
 * Builds each set twice, our site and bare Starlight over the same pages,
 * one after the other so both meet the same machine.
 */
export function runBuildBench(options: BenchOptions, log: (line: string) => void = () => {}): SetResult[] {
  const sets = [{ label: 'corpus', pages: undefined as number | undefined }, ...(options.sizes ?? [500, 2000]).map((pages) => ({ label: `generated ${pages}`, pages }))];
  return sets.map(({ label, pages }) => {
    const set = [...seedFiles(path.join(options.repo, 'content')), ...learnSet(options.corpus, pages)];
    const articles = set.filter((file) => file.article).length;
    const runs: Partial<Record<'ours' | 'bare', BuildRun>> = {};
    for (const kind of ['bare', 'ours'] as const) {
      const dir = path.join(options.work, `${kind}-${pages ?? 'corpus'}`);
      (kind === 'ours' ? ourProject : bareProject)(dir, options.repo, set);
      log(`${label}: building ${kind} (${articles} articles)…`);
      runs[kind] = measureBuild(dir, options.repo);
      log(`${label}: ${kind} ${runs[kind]!.seconds.toFixed(1)} s, ${runs[kind]!.peakMb.toFixed(0)} MB`);
      rmSync(dir, { recursive: true, force: true });
    }
    return { label, pages: articles, bare: runs.bare!, ours: runs.ours! };
  });
}

/** The table the README records: per set, both builds, and our time and memory as multiples of bare Starlight's. */
export function formatBench(results: readonly SetResult[]): string[] {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const lines = [
    '| set | articles | bare Starlight | ours | time ratio | bare peak | our peak | memory ratio | our time per article |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${r.pages} | ${r.bare.seconds.toFixed(1)} s | ${r.ours.seconds.toFixed(1)} s | ${ratio(r.ours.seconds, r.bare.seconds)} | ${r.bare.peakMb.toFixed(0)} MB | ${r.ours.peakMb.toFixed(0)} MB | ${ratio(r.ours.peakMb, r.bare.peakMb)} | ${((r.ours.seconds / r.pages) * 1000).toFixed(0)} ms |`,
    ),
  ];
  const small = results.find((r) => r.label === 'generated 500');
  const large = results.find((r) => r.label === 'generated 2000');
  if (small && large) {
    lines.push('', `our time per article at ${large.pages} ÷ at ${small.pages}: ${ratio(large.ours.seconds / large.pages, small.ours.seconds / small.pages)} (target ≤ 1.2×); targets for the ratios: ≤ 1.3×`);
  }
  return lines;
}
