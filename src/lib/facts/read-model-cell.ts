import { AVAILABILITY_MARK } from '../tables/cell-mark.ts';
import type { TableCell, TableRow } from '../tables/table-types.ts';
import type { Provider } from './dataset-schema.ts';
import type { FactCollector } from './fact-collector.ts';
import type { ModelDraft } from './fact-drafts.ts';
import { matchPublisher } from './match-publisher.ts';
import { normalizeModelName } from './normalize-model-name.ts';

/** "Jais models", "Meta Llama models": a heading that names a family. */
const FAMILY_HEADING = /^(.*?\S)\s+models?$/i;

export interface ModelCellOptions {
  /** The version written beside the model (a "Version" column); it becomes part of the model's name and identity. */
  version?: string;
}

/**
 * The models a row's model cell names: one per `<br>` item, or, when the cell
 * is empty, the family named by the heading above ("Jais models" → Jais,
 * scope `family`). Each model is registered with the collector.
 */
export function readModelCell(
  cell: TableCell | undefined,
  row: TableRow,
  headings: readonly string[],
  provider: Provider,
  facts: FactCollector,
  options: ModelCellOptions = {},
): ModelDraft[] {
  const { version } = options;
  if (!cell || cell.items.length === 0) return familyFromHeading(row, headings, provider, facts);
  if (cell.items.length > 1) {
    facts.diagnose('info', 'table-cell-several-models', `Model cell names ${cell.items.length} models separated by \`<br>\`; each gets the row's facts`, cell.line, cell.column);
  }
  const models: ModelDraft[] = [];
  for (const item of cell.items) {
    const normalized = normalizeModelName(item.text);
    const written = normalized.name || normalized.modelIds[0] || '';
    if (written === '') {
      facts.diagnose('warning', 'model-name-empty', `Model cell item \`${item.text}\` names no model; skipped`, item.line, item.column);
      continue;
    }
    if (AVAILABILITY_MARK.test(written)) {
      facts.diagnose('warning', 'model-name-mark', `Model name \`${written}\` holds an availability mark; read as a name, no fact from the mark`, item.line, item.column);
    }
    const publisher = matchPublisher(written);
    const name = version ? `${publisher?.name ?? written} (${version})` : (publisher?.name ?? written);
    if (normalized.repairs.length > 0) {
      const ids = normalized.modelIds.map((id) => `\`${id}\``).join(', ');
      facts.diagnose('warning', 'model-name-repaired', `Model name \`${item.text}\` has ${normalized.repairs.join(' and ')}; read as "${name}"${ids ? ` (${ids})` : ''}`, item.line, item.column);
    }
    const model: ModelDraft = {
      key: `${provider}|model|${name.toLowerCase()}|${[...normalized.modelIds].sort().join(',')}`,
      provider,
      name,
      modelIds: normalized.modelIds,
      scope: 'model',
    };
    if (publisher) Object.assign(model, { publisher: publisher.publisher, publisherId: publisher.publisherId, family: publisher.family });
    if (version) model.version = version;
    if (normalized.preview) model.preview = true;
    facts.addModel(model);
    models.push(facts.models.get(model.key)!);
  }
  return models;
}

function familyFromHeading(row: TableRow, headings: readonly string[], provider: Provider, facts: FactCollector): ModelDraft[] {
  const heading = headings.at(-1);
  const family = heading ? FAMILY_HEADING.exec(heading)?.[1] : undefined;
  if (!heading || !family) {
    const why = heading ? `the heading above ("${heading}") names no family` : 'no heading above names a family';
    facts.diagnose('warning', 'table-empty-model-cell', `Model cell empty and ${why}; row skipped`, row.line, row.column);
    return [];
  }
  facts.diagnose('warning', 'table-empty-model-cell', `Model cell empty; named from heading "${heading}"`, row.line, row.column);
  const publisher = matchPublisher(family);
  const model: ModelDraft = { key: `${provider}|family|${family.toLowerCase()}`, provider, name: family, modelIds: [], scope: 'family', family };
  if (publisher) Object.assign(model, { publisher: publisher.publisher, publisherId: publisher.publisherId });
  facts.addModel(model);
  return [facts.models.get(model.key)!];
}
