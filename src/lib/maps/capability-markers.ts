import type { Capability, Region } from '../facts/dataset-schema.ts';
import type { MarkedRegion, MarkerKind } from './map-markers.ts';

/** A model's regions as map markers: one per region, its kind the capabilities the model has there. */
export function capabilityMarkers(capabilities: readonly { capability: Capability; geographies: readonly { regions: readonly { region: Region }[] }[] }[]): MarkedRegion[] {
  const found = new Map<string, { region: Region; capabilities: Set<Capability> }>();
  for (const { capability, geographies } of capabilities) {
    for (const { region } of geographies.flatMap((group) => group.regions)) {
      const entry = found.get(region.id) ?? { region, capabilities: new Set<Capability>() };
      entry.capabilities.add(capability);
      found.set(region.id, entry);
    }
  }
  return [...found.values()].map(({ region, capabilities: set }) => ({ region, kind: kindOf(set) }));
}

function kindOf(capabilities: ReadonlySet<Capability>): MarkerKind {
  if (capabilities.size > 1) return 'both';
  return capabilities.has('fine-tuning') ? 'fine-tuning' : 'deployment';
}
