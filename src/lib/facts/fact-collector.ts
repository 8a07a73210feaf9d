import { locate, type LoadedDocument } from '../content/load-document.ts';
import { report, type Severity } from '../diagnostics/diagnostic.ts';
import type { Capability, Provider } from './dataset-schema.ts';
import type { FactDraft, ModelDraft, OfferDraft, RegionDraft } from './fact-drafts.ts';
import type { RegistryRegion } from './region-registry.ts';

/**
 * Gathers one document's models, regions, facts and offers, keeping each the
 * first time it is seen, and turns positions of the expanded text into file
 * lines. Every problem goes through `diagnose`.
 */
export interface FactCollector {
  models: Map<string, ModelDraft>;
  /** Where each model was first named (positions of the expanded text), by model key. */
  modelPlaces: Map<string, { line: number; column: number }>;
  regions: Map<string, RegionDraft>;
  availability: FactDraft[];
  offers: OfferDraft[];
  diagnose(severity: Severity, rule: string, message: string, line: number, column?: number): void;
  /** "file:line" of a line of the expanded text, for messages. */
  where(line: number): { file: string; line: number };
  /**
   * Keeps a model the first time its key is seen and returns the model kept:
   * a later spelling of the same model (`GPT 4o` after `GPT-4o`) is read as the
   * first, said once per spelling.
   */
  addModel(model: ModelDraft, line: number, column?: number): ModelDraft;
  addRegion(provider: Provider, region: RegistryRegion): void;
  /** Records a fact once; `deploymentType` (an id of src/data/deployment-types.json) makes it a fact of its own. */
  addFact(model: string, provider: Provider, region: string, capability: Capability, line: number, deploymentType?: string): boolean;
  addOffer(model: string, market: string, href: string | undefined, line: number): void;
}

export function createFactCollector(doc: LoadedDocument): FactCollector {
  const seenFacts = new Map<string, FactDraft>();
  const seenOffers = new Set<string>();
  const seenSpellings = new Set<string>();
  const where = (line: number) => {
    const place = locate(doc, line);
    return { file: place.source, line: place.line };
  };
  const collector: FactCollector = {
    models: new Map(),
    modelPlaces: new Map(),
    regions: new Map(),
    availability: [],
    offers: [],
    where,
    diagnose(severity, rule, message, line, column = 1) {
      report(doc.file, severity, rule, message, locate(doc, line, column));
    },
    addModel(model, line, column = 1) {
      const kept = collector.models.get(model.key);
      if (!kept) {
        collector.models.set(model.key, model);
        collector.modelPlaces.set(model.key, { line, column });
        return model;
      }
      const spelling = `${model.key}|${model.name}`;
      if (kept.name !== model.name && !seenSpellings.has(spelling)) {
        seenSpellings.add(spelling);
        const first = collector.modelPlaces.get(model.key)!;
        collector.diagnose('info', 'model-spelling-merged', `Model \`${model.name}\` is \`${kept.name}\` (${placeText(where(first.line), where(line))}) spelled another way; read as \`${kept.name}\``, line, column);
      }
      return kept;
    },
    addRegion(provider, region) {
      const key = `${provider}|${region.code}`;
      if (!collector.regions.has(key)) collector.regions.set(key, { ...region, provider });
    },
    addFact(model, provider, region, capability, line, deploymentType) {
      const key = factKey({ model, region, capability, deploymentType });
      const place = where(line);
      const earlier = seenFacts.get(key);
      if (earlier) {
        const kind = deploymentType ? `${capability} (${deploymentType})` : capability;
        collector.diagnose('info', 'duplicate-fact', `The same ${kind} fact was already read on line ${earlier.line} of ${earlier.file}; kept once`, line);
        return false;
      }
      const fact: FactDraft = { model, provider, region, capability, file: place.file, line: place.line };
      if (deploymentType) fact.deploymentType = deploymentType;
      seenFacts.set(key, fact);
      collector.availability.push(fact);
      return true;
    },
    addOffer(model, market, href, line) {
      const key = `${model}|${market.toLowerCase()}`;
      if (seenOffers.has(key)) {
        collector.diagnose('info', 'duplicate-offer', `The offer in "${market}" was already read for this model; kept once`, line);
        return;
      }
      seenOffers.add(key);
      const place = where(line);
      const offer: OfferDraft = { model, market, file: place.file, line: place.line };
      if (href) offer.href = href;
      collector.offers.push(offer);
    },
  };
  return collector;
}

/** "line 5", or "other.md:5" when the place is in another file than the one it is named from. */
export function placeText(place: { file: string; line: number }, from: { file: string }): string {
  return place.file === from.file ? `line ${place.line}` : `${place.file}:${place.line}`;
}

/** What makes a fact the same fact: model, region, capability and deployment type. */
export function factKey(fact: Pick<FactDraft, 'model' | 'region' | 'capability' | 'deploymentType'>): string {
  return `${fact.model}|${fact.region}|${fact.capability}|${fact.deploymentType ?? ''}`;
}
