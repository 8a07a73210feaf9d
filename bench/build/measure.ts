import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildRun {
  /** Wall time in seconds. */
  seconds: number;
  /** Peak resident memory of the build's largest process, in MB. */
  peakMb: number;
}

/**
 * Runs `astro build` in a project under GNU time, on the repository's pinned
 * Node (its `node_modules/.bin` first on PATH, as npm scripts run), and reads
 * the wall time and the peak resident memory it reports.
 */
export function measureBuild(dir: string, repo: string): BuildRun {
  const report = path.join(dir, 'time.txt');
  const env = { ...process.env, PATH: `${path.join(repo, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = spawnSync('/usr/bin/time', ['-v', '-o', report, 'astro', 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`astro build failed in ${dir} (exit ${run.status}):\n${(run.stdout ?? '').slice(-3000)}\n${(run.stderr ?? '').slice(-3000)}`);
  return readTimeReport(readFileSync(report, 'utf8'));
}

/** Wall time and peak memory from `/usr/bin/time -v`'s report. */
export function readTimeReport(text: string): BuildRun {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text)?.[1];
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
  if (!wall || !rss) throw new Error(`Unexpected /usr/bin/time report:\n${text}`);
  const seconds = wall.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return { seconds, peakMb: Number(rss) / 1024 };
}
