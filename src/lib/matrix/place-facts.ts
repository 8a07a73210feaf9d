import { capabilitySchema, type Availability, type Capability, type Source } from '../facts/dataset-schema.ts';
import { deploymentTypeLabels } from './deployment-type-label.ts';

/** Where the sources state that a model can be used in a region, as the model and region pages show it. */
export interface FactPlace {
  /** Where the first fact for the pair was read. */
  source: Source;
  line: number;
  /** The include the fact was written in, when it is not the source file itself. */
  file?: string;
  /** The deployment types the sources name for the pair ("Global Standard"), in the data file's order; empty when none is named. */
  deploymentTypes: string[];
}

/** Capabilities in the order the pages list them: the schema's. */
export const capabilityOrder: readonly Capability[] = capabilitySchema.options;

/**
 * One place per subject (a region on a model page, a model on a region page),
 * in the order the facts first name them: facts that differ only by
 * deployment type are one entry with all their types.
 */
export function placeFacts(facts: readonly Availability[], sources: ReadonlyMap<string, Source>, subjectOf: (fact: Availability) => string): Map<string, FactPlace> {
  const grouped = new Map<string, Availability[]>();
  for (const fact of facts) {
    const subject = subjectOf(fact);
    grouped.set(subject, [...(grouped.get(subject) ?? []), fact]);
  }
  const places = new Map<string, FactPlace>();
  for (const [subject, [first, ...rest]] of grouped) {
    const place: FactPlace = { source: sources.get(first!.source)!, line: first!.line, deploymentTypes: deploymentTypeLabels([first!, ...rest].map((fact) => fact.deploymentType)) };
    if (first!.file) place.file = first!.file;
    places.set(subject, place);
  }
  return places;
}
