import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { historySchema, HISTORY_SCHEMA_VERSION, type History } from './history-schema.ts';

/** The history file the site reads; `HISTORY_FILE` points a build at another one (a repository's git history). */
export const historyFile = path.resolve(process.env.HISTORY_FILE ?? 'src/generated/history.json');

let cached: History | undefined;

/**
 * Reads and validates the history once per build. A build without one (a
 * benchmark's `astro build` on a synthetic dataset) gets an empty history
 * and a warning, not a failure.
 */
export function loadHistory(): History {
  if (cached) return cached;
  if (!existsSync(historyFile)) {
    console.warn(`history: ${historyFile} not found (npm run history writes it); the site shows no changes`);
    cached = { schemaVersion: HISTORY_SCHEMA_VERSION, mode: 'versions', origin: { path: '', contentDir: '' }, facts: [], events: [], commits: [], models: [], regions: [], diagnostics: [] };
    return cached;
  }
  cached = historySchema.parse(JSON.parse(readFileSync(historyFile, 'utf8')));
  return cached;
}
