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
  regions: Map<string, RegionDraft>;
  availability: FactDraft[];
  offers: OfferDraft[];
  diagnose(severity: Severity, rule: string, message: string, line: number, column?: number): void;
  /** "file:line" of a line of the expanded text, for messages. */
  where(line: number): { file: string; line: number };
  addModel(model: ModelDraft): void;
  addRegion(provider: Provider, region: RegistryRegion): void;
  /** Records a fact once; `deploymentType` (an id of src/data/deployment-types.json) makes it a fact of its own. */
  addFact(model: string, provider: Provider, region: string, capability: Capability, line: number, deploymentType?: string): boolean;
  addOffer(model: string, market: string, href: string | undefined, line: number): void;
}

export function createFactCollector(doc: LoadedDocument): FactCollector {
  const seenFacts = new Map<string, FactDraft>();
  const seenOffers = new Set<string>();
  const where = (line: number) => {
    const place = locate(doc, line);
    return { file: place.source, line: place.line };
  };
  const collector: FactCollector = {
    models: new Map(),
    regions: new Map(),
    availability: [],
    offers: [],
    where,
    diagnose(severity, rule, message, line, column = 1) {
      report(doc.file, severity, rule, message, locate(doc, line, column));
    },
    addModel(model) {
      if (!collector.models.has(model.key)) collector.models.set(model.key, model);
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

/** What makes a fact the same fact: model, region, capability and deployment type. */
export function factKey(fact: Pick<FactDraft, 'model' | 'region' | 'capability' | 'deploymentType'>): string {
  return `${fact.model}|${fact.region}|${fact.capability}|${fact.deploymentType ?? ''}`;
}
