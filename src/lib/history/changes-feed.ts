import { Feed } from 'feed';
import { formatDate } from './as-of.ts';
import type { ChangeDay, ChangesView } from './changes-view.ts';

export interface FeedOptions {
  /** The site's address (`https://where-models-run.example`). */
  site: string;
  title: string;
  /** The changes page's route (`/changes/`). */
  changesRoute: string;
  /** The feed's own route (`/changes.xml`). */
  feedRoute: string;
}

/** The anchor of a date's section on the changes page. */
export function dayAnchor(date: string): string {
  return `date-${date}`;
}

/**
 * The Atom feed of the changes: one entry per date, newest first, its
 * content the date's changes by model. Built with the `feed` package.
 */
export function changesFeed(view: ChangesView, options: FeedOptions): string {
  const page = new URL(options.changesRoute, options.site).href;
  const newest = view.days[0]?.date;
  const feed = new Feed({
    id: page,
    title: `${options.title}: availability changes`,
    description: 'Models added to and removed from regions, as the providers’ documentation says, one entry per date.',
    link: page,
    updated: newest ? new Date(`${newest}T00:00:00Z`) : new Date(0),
    feedLinks: { atom: new URL(options.feedRoute, options.site).href },
    copyright: 'Availability facts from the providers’ documentation, CC BY 4.0',
    generator: false,
  });
  for (const day of view.days) {
    const link = `${page}#${dayAnchor(day.date)}`;
    feed.addItem({ id: link, title: `${formatDate(day.date)}: ${summary(day)}`, link, date: new Date(`${day.date}T00:00:00Z`), content: dayContent(day) });
  }
  return feed.atom1();
}

function summary(day: ChangeDay): string {
  return `${day.added} added, ${day.removed} removed (${day.models} ${day.models === 1 ? 'model' : 'models'}, ${day.regions} ${day.regions === 1 ? 'region' : 'regions'})`;
}

/** The date's changes as HTML: one line per model and kind, its regions listed. */
function dayContent(day: ChangeDay): string {
  const lines = new Map<string, { kind: string; model: string; regions: string[] }>();
  for (const row of day.rows) {
    const key = `${row.event.kind}|${row.model.id}`;
    const line = lines.get(key) ?? { kind: row.event.kind, model: row.model.name, regions: [] };
    if (!line.regions.includes(row.region.name)) line.regions.push(row.region.name);
    lines.set(key, line);
  }
  const items = [...lines.values()].map((line) => `<li>${escape(line.model)}: ${line.kind} in ${line.regions.map(escape).join('; ')}</li>`);
  return `<p>${escape(summary(day))}.</p><ul>${items.join('')}</ul>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
