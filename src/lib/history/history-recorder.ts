import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { regionId } from '../facts/assemble-dataset.ts';
import { assignModelIds } from '../facts/assign-model-ids.ts';
import { includedOnly, type DocumentResult } from '../facts/extract-dataset.ts';
import { factKey } from '../facts/fact-collector.ts';
import type { FactDraft, ModelDraft, RegionDraft } from '../facts/fact-drafts.ts';
import type { FactHistory, History, HistoryCommit, HistoryEvent, Sighting } from './history-schema.ts';

/** One document as read at some point of the history. */
export interface DocumentState {
  result: DocumentResult;
  /** Every content path its includes asked for, found or not: a change to any of them means reading it again. */
  reads: ReadonlySet<string>;
}

/** A point of the history: a commit, or the date of a dated version. */
export interface Step {
  commit: string | null;
  parent?: string | null;
  date: string;
  subject: string;
}

/** A fact present in the current state, with where it was read. */
interface Present {
  fact: FactDraft;
  source: string;
}

/** An event before model ids are given out (they depend on every model of the history). */
type DraftEvent = Omit<HistoryEvent, 'model' | 'renamedFrom' | 'renamedTo'> & { modelKey: string; renamedFrom?: string; renamedTo?: string };
type DraftFact = Omit<FactHistory, 'model'> & { modelKey: string };

const INCLUDE_MISSING = 'include-missing';

/**
 * Turns a sequence of document states into events: facts added and removed,
 * each fact's first and last sighting, and the commits read. Facts are the
 * dataset's facts, keyed by article (dated versions of one page merge, as in
 * the dataset), model, region, capability and deployment type, so a table
 * moved into an include, stating the same facts, is no event.
 */
export class HistoryRecorder {
  private readonly slots = new Map<string, DocumentState>();
  private readonly sources = new Set<string>();
  private readonly slotsByArticle = new Map<string, Set<string>>();
  private readonly present = new Map<string, Map<string, Present>>();
  private readonly facts = new Map<string, DraftFact>();
  private readonly events: DraftEvent[] = [];
  private readonly commits: HistoryCommit[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly modelDrafts = new Map<string, ModelDraft>();
  private readonly regionDrafts = new Map<string, RegionDraft>();
  private previous: Step | undefined;

  /** The documents of the current state, by slot (path). */
  get documents(): ReadonlyMap<string, DocumentState> {
    return this.slots;
  }

  /**
   * Applies one step: `changed` holds each slot read again (`null`: gone).
   * With `quiet`, the step sets the starting state (`--since`) and records no event.
   */
  apply(step: Step, changed: ReadonlyMap<string, DocumentState | null>, options: { reread: number; quiet?: boolean }): void {
    const affected = new Set<string>();
    for (const [slot, state] of changed) {
      const before = this.slots.get(slot);
      if (before) this.unindex(slot, before, affected);
      if (state) {
        this.slots.set(slot, state);
        this.index(slot, state, affected);
      } else {
        this.slots.delete(slot);
      }
    }
    const included = includedOnly(new Map([...this.slots].map(([slot, state]) => [slot, state.result.includes])));
    for (const slot of this.slots.keys()) {
      const isSource = !included.has(slot);
      if (isSource !== this.sources.has(slot)) affected.add(articleOf(this.slots.get(slot)!));
      if (isSource) this.sources.add(slot);
      else this.sources.delete(slot);
    }
    for (const slot of [...this.sources]) if (!this.slots.has(slot)) this.sources.delete(slot);

    for (const article of [...affected].sort()) this.compare(step, article, options.quiet === true);
    const entry: HistoryCommit = { commit: step.commit, date: step.date, subject: step.subject, documents: options.reread };
    if (step.parent !== undefined) entry.parent = step.parent;
    if (!options.quiet) this.commits.push(entry);
    this.previous = step;
  }

  private index(slot: string, state: DocumentState, affected: Set<string>): void {
    const article = articleOf(state);
    affected.add(article);
    const slots = this.slotsByArticle.get(article) ?? new Set();
    slots.add(slot);
    this.slotsByArticle.set(article, slots);
    for (const model of state.result.facts.models) this.modelDrafts.set(model.key, model);
    for (const region of state.result.facts.regions) this.regionDrafts.set(`${region.provider}|${region.code}`, region);
  }

  private unindex(slot: string, state: DocumentState, affected: Set<string>): void {
    const article = articleOf(state);
    affected.add(article);
    this.slotsByArticle.get(article)?.delete(slot);
  }

  /** Compares an article's facts now with its facts before, and records what changed. */
  private compare(step: Step, article: string, quiet: boolean): void {
    const slots = [...(this.slotsByArticle.get(article) ?? [])].filter((slot) => this.sources.has(slot)).map((slot) => this.slots.get(slot)!);
    // As in the dataset: where versions state the same fact, the newest is its source.
    slots.sort((a, b) => (b.result.facts.meta.date ?? '').localeCompare(a.result.facts.meta.date ?? '') || a.result.facts.meta.path.localeCompare(b.result.facts.meta.path));
    const now = new Map<string, Present>();
    for (const state of slots) {
      for (const fact of state.result.facts.availability) {
        const key = factKey(fact);
        if (!now.has(key)) now.set(key, { fact, source: state.result.facts.meta.path });
      }
    }
    const before = this.present.get(article) ?? new Map<string, Present>();
    const missing = slots.flatMap((state) => missingIncludes(state));
    let carried = 0;
    if (missing.length > 0) {
      // Facts a missing include may hold cannot be judged gone: they stay as last read.
      for (const [key, held] of before) {
        if (!now.has(key)) {
          now.set(key, held);
          carried++;
        }
      }
    }
    if (carried > 0) {
      const first = missing[0]!;
      const files = [...new Set(missing.map((item) => `\`${item.path}\``))].join(', ');
      this.diagnostics.push({
        severity: 'warning',
        rule: 'history-include-missing',
        source: first.source,
        line: first.line,
        message: `${step.commit ? `At ${step.commit.slice(0, 12)} (${step.date})` : `The ${step.date} version`} includes ${files}, not found: its tables cannot be read, so the ${carried} facts read before that it no longer shows are kept, not reported removed`,
      });
    }
    const added: Present[] = [];
    const removed: Present[] = [];
    for (const [key, item] of now) if (!before.has(key)) added.push(item);
    for (const [key, item] of before) if (!now.has(key)) removed.push(item);
    if (now.size > 0) this.present.set(article, now);
    else this.present.delete(article);
    if (quiet) {
      for (const item of added) this.sight(article, item, step);
      return;
    }
    const renames = findRenames(removed, added);
    for (const item of removed) {
      const lastSeen = this.sighting(item, this.previous ?? step);
      const record = this.facts.get(draftKey(article, item.fact));
      if (record) record.lastSeen = lastSeen;
      this.events.push(this.event(step, 'removed', article, item, renames.to.get(item.fact.model)));
    }
    for (const item of added) {
      this.sight(article, item, step);
      this.events.push(this.event(step, 'added', article, item, undefined, renames.from.get(item.fact.model)));
    }
    for (const [from, to] of renames.to) {
      const item = added.find((candidate) => candidate.fact.model === to)!;
      this.diagnostics.push({
        severity: 'info',
        rule: 'history-model-renamed',
        source: item.fact.file,
        line: item.fact.line,
        message: `Model \`${this.modelDrafts.get(from)?.name ?? from}\` is \`${this.modelDrafts.get(to)?.name ?? to}\` on the same row ${step.commit ? `from ${step.commit.slice(0, 12)}` : 'in this version'} (${step.date}): read as a removal and an addition`,
      });
    }
  }

  private sighting(item: Present, step: Step): Sighting {
    const sighting: Sighting = { commit: step.commit, date: step.date, source: item.source, line: item.fact.line };
    if (item.fact.file !== item.source) sighting.file = item.fact.file;
    return sighting;
  }

  /** A fact there again keeps its first sighting; one there from the start (`--since`) was first seen at or before that point. */
  private sight(article: string, item: Present, step: Step): void {
    const key = draftKey(article, item.fact);
    const record = this.facts.get(key);
    if (record) delete record.lastSeen;
    else this.facts.set(key, { ...factFields(article, item.fact), firstSeen: this.sighting(item, step) });
  }

  private event(step: Step, kind: 'added' | 'removed', article: string, item: Present, renamedTo?: string, renamedFrom?: string): DraftEvent {
    const event: DraftEvent = { date: step.date, commit: step.commit, kind, ...factFields(article, item.fact), source: item.source, line: item.fact.line };
    if (item.fact.file !== item.source) event.file = item.fact.file;
    if (renamedTo) event.renamedTo = renamedTo;
    if (renamedFrom) event.renamedFrom = renamedFrom;
    return event;
  }

  /**
   * The history so far, with model ids given out as the dataset gives them:
   * from the last state's models for a repository, from every version's for
   * dated versions (the dataset reads them all).
   */
  finish(origin: History['origin'], mode: History['mode']): History {
    const current = new Set<string>(mode === 'versions' ? this.modelDrafts.keys() : []);
    for (const slot of this.sources) for (const model of this.slots.get(slot)!.result.facts.models) current.add(model.key);
    const ids = modelIds([...this.modelDrafts.values()], current);
    const idOf = (key: string) => ids.get(key)!;
    const named = new Set<string>();
    const regions = new Set<string>();
    const events: HistoryEvent[] = this.events.map(({ modelKey, renamedFrom, renamedTo, ...rest }) => {
      named.add(modelKey);
      regions.add(rest.region);
      const event: HistoryEvent = { ...rest, model: idOf(modelKey) };
      if (renamedFrom) event.renamedFrom = idOf(renamedFrom);
      if (renamedTo) event.renamedTo = idOf(renamedTo);
      return event;
    });
    const facts: FactHistory[] = [...this.facts.values()].map(({ modelKey, ...rest }) => {
      named.add(modelKey);
      regions.add(rest.region);
      return { ...rest, model: idOf(modelKey) };
    });
    facts.sort((a, b) => byText(a.model, b.model) || byText(a.region, b.region) || byText(a.capability, b.capability) || byText(a.deploymentType ?? '', b.deploymentType ?? '') || byText(a.article, b.article));
    return {
      schemaVersion: 1,
      mode,
      origin,
      facts,
      events,
      commits: this.commits,
      models: [...named].map((key) => {
        const draft = this.modelDrafts.get(key)!;
        return { id: idOf(key), provider: draft.provider, name: draft.name };
      }).sort((a, b) => byText(a.id, b.id)),
      regions: [...this.regionDrafts.values()]
        .map((region) => ({ id: regionId(region.provider, region.code), provider: region.provider, name: region.name, code: region.code }))
        .filter((region) => regions.has(region.id))
        .sort((a, b) => byText(a.id, b.id)),
      diagnostics: this.diagnostics,
    };
  }
}

function articleOf(state: DocumentState): string {
  return state.result.facts.meta.article;
}

function draftKey(article: string, fact: FactDraft): string {
  return `${article}\u0000${fact.provider}\u0000${factKey(fact)}`;
}

function factFields(article: string, fact: FactDraft) {
  const fields = { modelKey: fact.model, region: regionId(fact.provider, fact.region), capability: fact.capability, provider: fact.provider, article } as Pick<DraftEvent, 'modelKey' | 'region' | 'capability' | 'provider' | 'article' | 'deploymentType'>;
  if (fact.deploymentType) fields.deploymentType = fact.deploymentType;
  return fields;
}

/** The includes a document asked for and did not find, each with the line that asked. */
function missingIncludes(state: DocumentState): { path: string; source: string; line: number }[] {
  const lines = state.result.diagnostics.filter((diagnostic) => diagnostic.rule === INCLUDE_MISSING);
  if (lines.length === 0) return [];
  const missing = [...state.reads].filter((read) => !state.result.includes.has(read));
  return missing.map((path) => {
    const at = lines.find((diagnostic) => diagnostic.message.includes(`(${path})`)) ?? lines[0]!;
    return { path, source: at.source, line: at.line };
  });
}

/**
 * A model gone from a row and another model on that row now, over the same
 * regions, is one model renamed upstream: `from` and `to` by model key.
 */
function findRenames(removed: readonly Present[], added: readonly Present[]): { from: Map<string, string>; to: Map<string, string> } {
  const group = (items: readonly Present[]) => {
    const byModel = new Map<string, { lines: Set<string>; regions: Set<string> }>();
    for (const { fact } of items) {
      const entry = byModel.get(fact.model) ?? { lines: new Set(), regions: new Set() };
      entry.lines.add(`${fact.file}:${fact.line}`);
      entry.regions.add(`${fact.region}|${fact.capability}|${fact.deploymentType ?? ''}`);
      byModel.set(fact.model, entry);
    }
    return byModel;
  };
  const gone = group(removed);
  const come = group(added);
  const still = new Set(added.map((item) => item.fact.model));
  const before = new Set(removed.map((item) => item.fact.model));
  const from = new Map<string, string>();
  const to = new Map<string, string>();
  for (const [oldKey, old] of gone) {
    if (still.has(oldKey)) continue;
    for (const [newKey, fresh] of come) {
      if (before.has(newKey) || from.has(newKey)) continue;
      const sameRow = [...old.lines].some((place) => fresh.lines.has(place));
      const sameRegions = [...old.regions].some((region) => fresh.regions.has(region));
      if (sameRow && sameRegions) {
        from.set(newKey, oldKey);
        to.set(oldKey, newKey);
        break;
      }
    }
  }
  return { from, to };
}

/**
 * Model ids as the dataset gives them to the models of the last state; a
 * model only the past names gets its id from all models, numbered on a clash.
 */
function modelIds(models: readonly ModelDraft[], current: ReadonlySet<string>): Map<string, string> {
  const ids = assignModelIds(models.filter((model) => current.has(model.key)));
  const all = assignModelIds(models);
  const taken = new Set(ids.values());
  for (const model of models) {
    if (ids.has(model.key)) continue;
    const base = all.get(model.key)!;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    ids.set(model.key, id);
    taken.add(id);
  }
  return ids;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
