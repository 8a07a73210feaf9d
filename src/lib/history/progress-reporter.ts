import type { HistoryProgress } from './walk-git-history.ts';

/** How often, in commits, a plain-line reporter prints (a tenth of the walk, at least every commit for short ones). */
const PLAIN_LINES = 10;

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Reports a walk's progress on `stream`: one line redrawn in place on a
 * terminal (commits read of the total, documents re-read, time left), plain
 * lines a tenth of the way apart otherwise (CI logs).
 */
export function progressReporter(stream: ProgressStream): { update: (progress: HistoryProgress) => void; done: () => void } {
  let drawn = false;
  let lastStep = -1;
  return {
    update(progress) {
      const text = progressLine(progress);
      if (stream.isTTY) {
        stream.write(`\r\u001b[K${text}`);
        drawn = true;
        return;
      }
      const step = Math.floor((progress.commits * PLAIN_LINES) / Math.max(progress.total, 1));
      if (step !== lastStep || progress.commits === progress.total) {
        lastStep = step;
        stream.write(`${text}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}

/** `commit 120 of 500, 34 documents re-read, 12 s left`. */
export function progressLine({ commits, total, documents, elapsedMs }: HistoryProgress): string {
  const left = commits > 0 ? Math.round(((elapsedMs / commits) * (total - commits)) / 1000) : 0;
  return `history: commit ${commits} of ${total}, ${documents} documents re-read, ${commits === total ? 'done' : `${formatSeconds(left)} left`}`;
}

function formatSeconds(seconds: number): string {
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
