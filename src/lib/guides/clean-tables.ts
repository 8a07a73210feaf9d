import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { indexDataset } from '../facts/dataset-index.ts';
import type { Capability, Dataset } from '../facts/dataset-schema.ts';
import { deploymentTypeLabels } from '../matrix/deployment-type-label.ts';
import { modelRoute } from '../site-data/page-routes.ts';

/**
 * Learn's shape: a row per model, linked to its page, with its offer markets
 * and its regions for deployment and for fine-tuning. A region the source
 * names deployment types for reads `East US 2 (Global Standard, Provisioned)`;
 * when one type holds for a whole column (the table sits under a "Global
 * Standard" tab), the column's header says it once instead.
 * Site-absolute offer links (`/partner-center/…`) are made absolute against
 * `siteUrl`, the source's site, when given.
 */
export function availabilityTable(dataset: Dataset, facts: Dataset['availability'], offers: Dataset['offers'], siteUrl: string | undefined): Table {
  const index = indexDataset(dataset);
  const modelIds = [...new Set(facts.map((fact) => fact.model))];
  const columnType = (capability: Capability) => {
    const types = new Set(facts.filter((f) => f.capability === capability).map((f) => f.deploymentType));
    const [only] = types;
    return types.size === 1 && only ? deploymentTypeLabels([only])[0] : undefined;
  };
  const shared = { deployment: columnType('deployment'), 'fine-tuning': columnType('fine-tuning') };
  const rows = modelIds.map((id) => {
    const model = index.model.get(id);
    const regions = (capability: Capability) => {
      const typesOf = Map.groupBy(
        facts.filter((f) => f.model === id && f.capability === capability),
        (f) => index.region.get(f.region)?.name ?? f.region,
      );
      return [...typesOf.keys()].sort().map((name) => {
        const types = shared[capability] ? [] : deploymentTypeLabels(typesOf.get(name)!.map((f) => f.deploymentType));
        return types.length > 0 ? `${name} (${types.join(', ')})` : name;
      });
    };
    const markets: PhrasingContent[] = offers
      .filter((offer) => offer.model === id)
      .flatMap((offer, index): PhrasingContent[] => [
        ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
        offer.href ? { type: 'link', url: siteUrl && offer.href.startsWith('/') ? new URL(offer.href, siteUrl).href : offer.href, children: [{ type: 'text', value: offer.market }] } : { type: 'text', value: offer.market },
      ]);
    return row([
      [{ type: 'link', url: modelRoute(id), children: [{ type: 'text', value: model?.name ?? id }] }],
      markets.length > 0 ? markets : [{ type: 'text', value: '—' }],
      [{ type: 'text', value: regions('deployment').join(', ') || 'Not available' }],
      [{ type: 'text', value: regions('fine-tuning').join(', ') || 'Not available' }],
    ]);
  });
  const withType = (text: string, type: string | undefined) => (type ? `${text} (${type})` : text);
  const header = row(
    ['Model', 'Offer availability', withType('Regions for deployment', shared.deployment), withType('Regions for fine-tuning', shared['fine-tuning'])].map((text) => [
      { type: 'text', value: text },
    ]),
  );
  return { type: 'table', align: [null, null, null, null], children: [header, ...rows] };
}

/** Google's shape: a model × region matrix of ✔, a column per region the facts name. */
export function matrixTable(dataset: Dataset, facts: Dataset['availability']): Table {
  const index = indexDataset(dataset);
  // In the dataset's order of regions: by id.
  const regions = [...new Set(facts.map((fact) => fact.region))]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((id) => index.region.get(id) ?? []);
  const modelIds = [...new Set(facts.map((fact) => fact.model))];
  const header = row([[{ type: 'text', value: 'Model' }], ...regions.map((region): PhrasingContent[] => [{ type: 'text', value: `${region.name} (${region.code})` }])]);
  const rows = modelIds.map((id) => {
    const name = index.model.get(id)?.name ?? id;
    const available = new Set(facts.filter((fact) => fact.model === id).map((fact) => fact.region));
    return row([
      [{ type: 'link', url: modelRoute(id), children: [{ type: 'text', value: name }] }],
      ...regions.map((region): PhrasingContent[] => (available.has(region.id) ? [{ type: 'text', value: '✔' }] : [])),
    ]);
  });
  return { type: 'table', align: [null, ...regions.map(() => 'center' as const)], children: [header, ...rows] };
}

function row(cells: PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) };
}
