import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { datedVersionsHistory } from './dated-versions-history.ts';

const versioned = 'azure-ai-docs/articles/ai-studio/how-to/deploy-models-serverless-availability';
const google = 'cloud.google.com/vertex-ai/generative-ai/docs/learn/locations.md';

/** Rows of a markdown table's body whose cell in `column` holds a ✔ mark, counted by reading the raw lines (an oracle apart from the extractor). */
function marks(file: string, from: number, to: number): number {
  return readFileSync(`content/${file}`, 'utf8').split('\n').slice(from - 1, to).reduce((sum, line) => sum + (line.match(/✔|✅/g)?.length ?? 0), 0);
}

describe('datedVersionsHistory (the seeds, no git)', () => {
  const history = datedVersionsHistory('content');

  test('the 2024-11-21 version, whose tables sit in a missing include, removes nothing and says why', () => {
    expect(history.events.filter((event) => event.kind === 'removed')).toEqual([]);
    expect(history.diagnostics).toEqual([
      {
        severity: 'warning',
        rule: 'history-include-missing',
        source: `${versioned}.md`,
        line: 23,
        message:
          'The 2024-11-21 version includes `azure-ai-docs/articles/ai-studio/includes/models-preview.md`, `azure-ai-docs/articles/ai-studio/includes/region-availability-maas.md`, not found: its tables cannot be read, so the 63 facts read before that it no longer shows are kept, not reported removed',
      },
    ]);
  });

  test('each dated version adds the facts it first states, on its date, credited to its file', () => {
    const added = (date: string) => history.events.filter((event) => event.kind === 'added' && event.date === date);
    // 2024-05-21: four Cohere rows over seven regions, then five one-row tables of seven regions each.
    expect(added('2024-05-21')).toHaveLength(4 * 7 + 5 * 7);
    expect(new Set(added('2024-05-21').map((event) => event.source))).toEqual(new Set([`${versioned}@2024-05-21.md`]));
    expect(added('2025-05-12')).toHaveLength(marks(google, 1, 400));
    expect(new Set(history.events.map((event) => event.date))).toEqual(new Set(['2024-05-21', '2025-05-12']));
    expect(history.events.every((event) => event.commit === null)).toBe(true);
  });

  test('versions are read in date order, one step per date', () => {
    expect(history.commits.map((step) => step.date)).toEqual(['2024-05-09', '2024-05-21', '2024-11-21', '2025-05-12', '2026-01-26', '2026-11-23']);
  });

  test('models and regions carry the dataset’s ids', () => {
    const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as { models: { id: string }[]; regions: { id: string }[] };
    const ids = new Set(dataset.models.map((model) => model.id));
    expect(history.models.filter((model) => !ids.has(model.id))).toEqual([]);
    expect(history.models).toHaveLength(ids.size);
    expect(history.regions.map((region) => region.id).sort()).toEqual(dataset.regions.map((region) => region.id).sort());
  });
});
