import type { Dataset } from '../facts/dataset-schema.ts';
import type { History, HistoryEvent } from './history-schema.ts';
import type { EventLinks } from './upstream-links.ts';

/** One event as the changes page lists it. */
export interface ChangeRow {
  event: HistoryEvent;
  model: { id: string; name: string; href?: string };
  region: { id: string; name: string; code: string; href?: string };
  links: EventLinks;
}

/** The events of one date, with its counts. */
export interface ChangeDay {
  date: string;
  rows: ChangeRow[];
  added: number;
  removed: number;
  /** How many models and regions the date's events name. */
  models: number;
  regions: number;
}

export interface ChangesView {
  /** Newest date first. */
  days: ChangeDay[];
  /** The filter choices: every model and region an event names, by name. */
  models: { id: string; name: string; provider: string }[];
  regions: { id: string; name: string; code: string; provider: string }[];
  providers: string[];
}

interface Routes {
  model: (id: string) => string;
  region: (id: string) => string;
}

/**
 * The changes page's view: events grouped by date, newest first, each with
 * its model and region (linked when the dataset has a page for them) and its
 * upstream links.
 */
export function changesView(history: History, dataset: Pick<Dataset, 'models' | 'regions'>, routes: Routes, linkOf: (event: HistoryEvent) => EventLinks): ChangesView {
  const pagedModels = new Set(dataset.models.map((model) => model.id));
  const pagedRegions = new Set(dataset.regions.map((region) => region.id));
  const models = new Map(history.models.map((model) => [model.id, model]));
  const regions = new Map(history.regions.map((region) => [region.id, region]));
  const byDate = new Map<string, ChangeRow[]>();
  for (const event of history.events) {
    const model = models.get(event.model);
    const region = regions.get(event.region);
    const row: ChangeRow = {
      event,
      model: { id: event.model, name: model?.name ?? event.model },
      region: { id: event.region, name: region?.name ?? event.region, code: region?.code ?? event.region },
      links: linkOf(event),
    };
    if (pagedModels.has(event.model)) row.model.href = routes.model(event.model);
    if (pagedRegions.has(event.region)) row.region.href = routes.region(event.region);
    byDate.set(event.date, [...(byDate.get(event.date) ?? []), row]);
  }
  const days = [...byDate]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, rows]): ChangeDay => {
      rows.sort((a, b) => a.event.kind.localeCompare(b.event.kind) || a.model.name.localeCompare(b.model.name) || a.region.name.localeCompare(b.region.name));
      return {
        date,
        rows,
        added: rows.filter((row) => row.event.kind === 'added').length,
        removed: rows.filter((row) => row.event.kind === 'removed').length,
        models: new Set(rows.map((row) => row.event.model)).size,
        regions: new Set(rows.map((row) => row.event.region)).size,
      };
    });
  const named = new Set(history.events.map((event) => event.model));
  const placed = new Set(history.events.map((event) => event.region));
  return {
    days,
    models: history.models.filter((model) => named.has(model.id)).sort((a, b) => a.name.localeCompare(b.name)),
    regions: history.regions.filter((region) => placed.has(region.id)).sort((a, b) => a.name.localeCompare(b.name)),
    providers: [...new Set(history.events.map((event) => event.provider))].sort(),
  };
}

/** One date of a model's or region's timeline: what it was first seen with, removed from, and seen with again. */
export interface TimelineEntry {
  date: string;
  /** Ids on the other side (regions on a model's timeline, models on a region's). */
  firstSeen: string[];
  removed: string[];
  readded: string[];
}

/**
 * A model's (`side: 'model'`) or region's timeline from the history's events,
 * oldest first. A fact added after it was removed counts as re-added; one
 * added for the first time, as first seen.
 */
export function timelineOf(history: Pick<History, 'events'>, side: 'model' | 'region', id: string): TimelineEntry[] {
  const other = side === 'model' ? 'region' : 'model';
  const seen = new Set<string>();
  const entries = new Map<string, { firstSeen: Set<string>; removed: Set<string>; readded: Set<string> }>();
  for (const event of history.events) {
    if (event[side] !== id) continue;
    const key = `${event.article}|${event.model}|${event.region}|${event.capability}|${event.deploymentType ?? ''}`;
    const entry = entries.get(event.date) ?? { firstSeen: new Set(), removed: new Set(), readded: new Set() };
    entries.set(event.date, entry);
    if (event.kind === 'removed') entry.removed.add(event[other]);
    else if (seen.has(key)) entry.readded.add(event[other]);
    else entry.firstSeen.add(event[other]);
    seen.add(key);
  }
  return [...entries].map(([date, entry]) => ({ date, firstSeen: [...entry.firstSeen], removed: [...entry.removed], readded: [...entry.readded] }));
}
