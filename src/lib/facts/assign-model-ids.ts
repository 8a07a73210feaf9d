import type { ModelDraft } from './fact-drafts.ts';
import { slugifyName } from './slugify-name.ts';

/**
 * Gives every model its stable id, `<provider>-<slug(name)>`. Models of one
 * provider that share a name each get `-<slug(first model id)>` appended
 * (`google-cloud-imagen-3-imagen-3-0-generate-001`); any that still collide
 * are numbered in key order. Returns ids by model key.
 */
export function assignModelIds(models: readonly ModelDraft[]): Map<string, string> {
  const byBase = new Map<string, ModelDraft[]>();
  for (const model of models) {
    const base = `${model.provider}-${slugifyName(model.name) || 'model'}`;
    byBase.set(base, [...(byBase.get(base) ?? []), model]);
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      ids.set(group[0]!.key, base);
      taken.add(base);
      continue;
    }
    for (const model of [...group].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      const suffix = slugifyName(model.modelIds[0] ?? '');
      const named = suffix ? `${base}-${suffix}` : base;
      let id = named;
      for (let n = 2; taken.has(id); n++) id = `${named}-${n}`;
      ids.set(model.key, id);
      taken.add(id);
    }
  }
  return ids;
}
