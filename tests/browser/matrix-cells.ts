import type { Dataset, Provider } from '../../src/lib/facts/dataset-schema.ts';
import { providerLabels } from '../../src/lib/matrix/provider-label.ts';

/**
 * What each cell of a model's row should say, region by region, worked out
 * from the facts here rather than by the page's cell code: Deploy, Fine-tune,
 * Both, "not available", or "not offered on <cloud>" in another provider's regions.
 */
export function expectedCellTexts(dataset: Dataset, model: string, regions: string[]): string[] {
  const capabilities = new Map<string, Set<string>>();
  for (const fact of dataset.availability) {
    if (fact.model !== model) continue;
    capabilities.set(fact.region, (capabilities.get(fact.region) ?? new Set()).add(fact.capability));
  }
  const providerOf = new Map<string, Provider>([...dataset.models, ...dataset.regions].map((item) => [item.id, item.provider]));
  return regions.map((region) => {
    if (providerOf.get(region) !== providerOf.get(model)) return `not offered on ${providerLabels[providerOf.get(region)!]}`;
    const caps = capabilities.get(region);
    if (!caps) return 'not available';
    if (caps.has('deployment') && caps.has('fine-tuning')) return 'Both';
    return caps.has('deployment') ? 'Deploy' : 'Fine-tune';
  });
}
