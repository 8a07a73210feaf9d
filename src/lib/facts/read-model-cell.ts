import { AVAILABILITY_MARK } from '../tables/cell-mark.ts';
import type { CellItem, TableCell, TableRow } from '../tables/table-types.ts';
import type { Provider } from './dataset-schema.ts';
import type { FactCollector } from './fact-collector.ts';
import type { ModelDraft } from './fact-drafts.ts';
import { matchPublisher } from './match-publisher.ts';
import { modelIdentity } from './model-identity.ts';
import { normalizeModelName } from './normalize-model-name.ts';
import { bareVersion, nameWithoutVersion, splitVersionInParens, versionedName } from './split-model-version.ts';

/** "Jais models", "Meta Llama models": a heading that names a family. */
const FAMILY_HEADING = /^(.*?\S)\s+models?$/i;
/** `**Display name**: GPT-4o`, or `**Display name**` alone (emphasis already read through): a label of the model named before it, not a model. */
const DISPLAY_NAME_LABEL = /^display\s+name\s*(?::\s*(.*))?$/i;

export interface ModelCellOptions {
  /** The version written beside the model (a "Version" column, a matrix header); it becomes part of the model's name and identity (default: none, or one written in the cell). */
  version?: string;
}

/** One model a cell names, with what the cell says about it on other lines. */
interface ModelEntry {
  item: CellItem;
  version?: string;
  displayNames: CellItem[];
}

/**
 * The models a row's model cell names: one per `<br>` item, or, when the cell
 * is empty, the family named by the heading above ("Jais models" → Jais,
 * scope `family`). Items that only label the model before them (a display
 * name, a version in parentheses) are not models. Each model is registered
 * with the collector.
 */
export function readModelCell(
  cell: TableCell | undefined,
  row: TableRow,
  headings: readonly string[],
  provider: Provider,
  facts: FactCollector,
  options: ModelCellOptions = {},
): ModelDraft[] {
  if (!cell || cell.items.length === 0) return familyFromHeading(row, headings, provider, facts);
  const entries = groupItems(cell.items);
  if (entries.length > 1) {
    facts.diagnose('info', 'table-cell-several-models', `Model cell names ${entries.length} models separated by \`<br>\`; each gets the row's facts`, cell.line, cell.column);
  }
  const models: ModelDraft[] = [];
  for (const entry of entries) {
    const model = readModelItem(entry.item, provider, facts, { version: options.version ?? entry.version });
    if (!model) continue;
    for (const label of entry.displayNames) reportDisplayName(label, model, facts);
    models.push(model);
  }
  return models;
}

/**
 * Reads one written model name (a cell item, a matrix header) into a model
 * registered with the collector; `undefined`, reported, when it names none.
 * The identity ignores case and separators, and a model id written alone
 * (`` `gpt-4o` ``) names the same model as the same name written plainly.
 */
export function readModelItem(item: CellItem, provider: Provider, facts: FactCollector, options: ModelCellOptions = {}): ModelDraft | undefined {
  const normalized = normalizeModelName(item.text);
  // `` `gpt-4.1` (2025-04-14) ``: once the id is taken out, only its version is left.
  const versionOnly = bareVersion(normalized.name);
  const split = splitVersionInParens((versionOnly ? undefined : normalized.name) || normalized.modelIds[0] || '');
  const written = split.name;
  const writtenVersion = versionOnly ?? split.version;
  const version = options.version ?? writtenVersion;
  if (written === '') {
    facts.diagnose('warning', 'model-name-empty', `Model cell item \`${item.text}\` names no model; skipped`, item.line, item.column);
    return undefined;
  }
  if (options.version && writtenVersion && writtenVersion !== options.version) {
    facts.diagnose('warning', 'model-version-conflict', `Unexpected version \`${writtenVersion}\` in model name \`${item.text}\`, expected \`${options.version}\` as written beside it; read as version ${options.version}`, item.line, item.column);
  }
  if (AVAILABILITY_MARK.test(written)) {
    facts.diagnose('warning', 'model-name-mark', `Model name \`${written}\` holds an availability mark; read as a name, no fact from the mark`, item.line, item.column);
  }
  const publisher = matchPublisher(written);
  const base = publisher?.name ?? written;
  const name = versionedName(base, version);
  if (normalized.repairs.length > 0) {
    const ids = normalized.modelIds.map((id) => `\`${id}\``).join(', ');
    facts.diagnose('warning', 'model-name-repaired', `Model name \`${item.text}\` has ${normalized.repairs.join(' and ')}; read as "${name}"${ids ? ` (${ids})` : ''}`, item.line, item.column);
  }
  // An id that is the name itself adds nothing to the identity.
  const identityIds = normalized.modelIds.filter((id) => modelIdentity(id) !== modelIdentity(written)).sort();
  const model: ModelDraft = {
    key: `${provider}|model|${modelIdentity(name)}|${identityIds.join(',')}`,
    provider,
    name,
    modelIds: normalized.modelIds,
    scope: 'model',
  };
  if (publisher) Object.assign(model, { publisher: publisher.publisher, publisherId: publisher.publisherId, family: publisher.family });
  if (version) model.version = version;
  if (normalized.preview) model.preview = true;
  return facts.addModel(model, item.line, item.column);
}

/** Attaches display-name labels and bare versions to the model item before them. */
function groupItems(items: readonly CellItem[]): ModelEntry[] {
  const entries: ModelEntry[] = [];
  for (const item of items) {
    const last = entries.at(-1);
    const label = DISPLAY_NAME_LABEL.exec(item.text);
    // `(2024-07-18)` on its own item is the version of the model named before it (`` `gpt-4o-mini` <br> (2024-07-18) ``).
    const version = bareVersion(item.text);
    if (last && label) last.displayNames.push(item);
    else if (last && version && last.version === undefined) last.version = version;
    // A label with no model before it is the only name the cell gives.
    else if (label) entries.push({ item: { ...item, text: label[1] ?? '' }, displayNames: [] });
    else entries.push({ item, displayNames: [] });
  }
  return entries;
}

/**
 * A display name ("GPT-4o" beside `gpt-4o`) is not kept: the model keeps the
 * name written first, the one other tables name it by. Dropping one that is
 * the same name spelled differently loses nothing; any other is reported.
 */
function reportDisplayName(label: CellItem, model: ModelDraft, facts: FactCollector): void {
  const display = DISPLAY_NAME_LABEL.exec(label.text)?.[1]?.trim() ?? '';
  const base = nameWithoutVersion(model);
  // "GPT-4o (2024-05-13)" names the model and its version: the name is what counts.
  if (display === '' || modelIdentity(splitVersionInParens(display).name) === modelIdentity(base)) return;
  facts.diagnose('info', 'model-display-name', `Display name \`${display}\` differs from the model's name \`${base}\`; the model keeps \`${base}\``, label.line, label.column);
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
  const model: ModelDraft = { key: `${provider}|family|${modelIdentity(family)}`, provider, name: family, modelIds: [], scope: 'family', family };
  if (publisher) Object.assign(model, { publisher: publisher.publisher, publisherId: publisher.publisherId });
  return [facts.addModel(model, row.line, row.column)];
}
