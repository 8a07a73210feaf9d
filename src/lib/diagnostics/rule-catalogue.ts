import contentRules from '../../data/rules/content.json' with { type: 'json' };
import extractionRules from '../../data/rules/extraction.json' with { type: 'json' };
import guidesRules from '../../data/rules/guides.json' with { type: 'json' };
import historyRules from '../../data/rules/history.json' with { type: 'json' };
import learnDialectRules from '../../data/rules/learn-dialect.json' with { type: 'json' };
import { z } from 'zod';
import { severitySchema } from './diagnostic.ts';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

export const ruleSchema = z.object({
  /** Kebab-case id, as diagnostics carry it in `rule`. */
  id: z.string().regex(RULE_ID),
  /** The severity every diagnostic of the rule has. */
  severity: severitySchema,
  /** One line: what the rule says about the source. */
  meaning: z.string().min(1),
  /** Minimal markdown (or YAML) that triggers it. */
  example: z.string().min(1),
  /** What an editor should change upstream. */
  fix: z.string().min(1),
});
export type Rule = z.infer<typeof ruleSchema> & {
  /** The catalogue file it is written in, under src/data/rules/. */
  file: string;
};

const ruleFileSchema = z.object({ $comment: z.string().min(1), rules: z.array(ruleSchema).min(1) });

/**
 * Every area's rule file (src/data/rules/<area>.json). A file added there is
 * listed here too; the catalogue test fails until it is.
 */
export const ruleFiles: Readonly<Record<string, unknown>> = {
  'content.json': contentRules,
  'extraction.json': extractionRules,
  'guides.json': guidesRules,
  'history.json': historyRules,
  'learn-dialect.json': learnDialectRules,
};

/** Reads and checks every rule file once: a malformed entry or an id in two files is an error naming the file. */
function readCatalogue(): ReadonlyMap<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const [file, data] of Object.entries(ruleFiles)) {
    const parsed = ruleFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`src/data/rules/${file}: ${z.prettifyError(parsed.error)}`);
    for (const rule of parsed.data.rules) {
      const earlier = rules.get(rule.id);
      if (earlier) throw new Error(`src/data/rules/${file}: rule \`${rule.id}\` is already in src/data/rules/${earlier.file}`);
      rules.set(rule.id, { ...rule, file });
    }
  }
  return new Map([...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

let catalogue: ReadonlyMap<string, Rule> | undefined;

/** Every rule a diagnostic can carry, by id, in id order. */
export function ruleCatalogue(): ReadonlyMap<string, Rule> {
  catalogue ??= readCatalogue();
  return catalogue;
}

/** The rule of a diagnostic's id, or `undefined` for an id no catalogue lists. */
export function ruleOf(id: string): Rule | undefined {
  return ruleCatalogue().get(id);
}
