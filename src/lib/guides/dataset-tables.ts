import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Dataset } from '../facts/dataset-schema.ts';
import type { Locate } from '../../remark/locate.ts';
import { modelRoute } from '../site-data/page-routes.ts';

export interface DatasetTablesOptions {
  /** The dataset (default: none, and the document renders as written). */
  dataset?: Dataset | undefined;
  /** The document's source id in the dataset. */
  sourceId?: string | undefined;
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
  /** The source's site, which site-absolute offer links (`/partner-center/…`) are on (default: none, kept as written). */
  siteUrl?: string | undefined;
}


/**
 * Replaces the availability tables of a document with clean tables rendered
 * from the dataset. The source tables are broken markdown (cells running over
 * several lines, `<br>` lists, empty model cells), so rendered as written they
 * show stray pipes. A section (the blocks between two headings) whose lines
 * gave the dataset facts loses its tables and table fragments (paragraphs and
 * HTML holding `|` or `<br>`), and gets one table there instead: a row per
 * model, linked to its page, with its offer markets and regions (Learn's
 * shape), or a model × region matrix of ✔ (Google's shape).
 * Runs after the links plugin: its model links are this site's own.
 */
export function remarkDatasetTables(options: DatasetTablesOptions) {
  return (tree: Root) => {
    const { dataset, sourceId } = options;
    if (!dataset || !sourceId) return;
    const facts = dataset.availability.filter((fact) => fact.source === sourceId);
    if (facts.length === 0) return;
    // Google publishes model × region matrices of ✔; Learn lists regions per model. Each keeps its shape.
    const isMatrixSource = dataset.sources.find((source) => source.id === sourceId)?.provider === 'google-cloud';
    const lineOf = (node: RootContent) => {
      const start = node.position?.start;
      if (!start) return 0;
      return options.locate ? options.locate(start.line, start.column).line : start.line;
    };
    const out: RootContent[] = [];
    const sections = splitSections(tree.children);
    sections.forEach((section, index) => {
      const from = lineOf(section[0]!);
      const to = index + 1 < sections.length ? lineOf(sections[index + 1]![0]!) : Number.POSITIVE_INFINITY;
      const inSection = <T extends { line: number }>(list: T[]) => list.filter((item) => item.line >= from && item.line < to);
      const sectionFacts = inSection(facts);
      if (sectionFacts.length === 0) {
        out.push(...section);
        return;
      }
      const table = isMatrixSource
        ? matrixTable(dataset, sectionFacts)
        : availabilityTable(dataset, sectionFacts, inSection(dataset.offers.filter((offer) => offer.source === sourceId)), options.siteUrl);
      let placed = false;
      for (const node of section) {
        if (!isTableFragment(node)) out.push(node);
        else if (!placed) {
          out.push(table);
          placed = true;
        }
      }
      if (!placed) out.push(table);
    });
    tree.children = out;
  };
}

function splitSections(children: RootContent[]): RootContent[][] {
  const sections: RootContent[][] = [];
  for (const child of children) {
    if (child.type === 'heading' || sections.length === 0) sections.push([]);
    sections.at(-1)!.push(child);
  }
  return sections;
}

function isTableFragment(node: RootContent): boolean {
  if (node.type === 'table') return true;
  if (node.type === 'html') return /<br\s*\/?>/i.test(node.value);
  if (node.type === 'paragraph') return /\||<br\s*\/?>/i.test(toString(node)) || node.children.some((child) => child.type === 'html');
  return false;
}

function availabilityTable(dataset: Dataset, facts: Dataset['availability'], offers: Dataset['offers'], siteUrl: string | undefined): Table {
  const regionName = new Map(dataset.regions.map((region) => [region.id, region.name]));
  const modelIds = [...new Set(facts.map((fact) => fact.model))];
  const rows = modelIds.map((id) => {
    const model = dataset.models.find((m) => m.id === id);
    const regions = (capability: string) =>
      [...new Set(facts.filter((f) => f.model === id && f.capability === capability).map((f) => regionName.get(f.region) ?? f.region))].sort();
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
  const header = row(['Model', 'Offer availability', 'Regions for deployment', 'Regions for fine-tuning'].map((text) => [{ type: 'text', value: text }]));
  return { type: 'table', align: [null, null, null, null], children: [header, ...rows] };
}

function matrixTable(dataset: Dataset, facts: Dataset['availability']): Table {
  const regionIds = new Set(facts.map((fact) => fact.region));
  const regions = dataset.regions.filter((region) => regionIds.has(region.id));
  const modelIds = [...new Set(facts.map((fact) => fact.model))];
  const header = row([[{ type: 'text', value: 'Model' }], ...regions.map((region): PhrasingContent[] => [{ type: 'text', value: `${region.name} (${region.code})` }])]);
  const rows = modelIds.map((id) => {
    const name = dataset.models.find((model) => model.id === id)?.name ?? id;
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
