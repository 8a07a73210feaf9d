import type { Dataset, Source } from '../facts/dataset-schema.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface DiagnosticGroup {
  /** Content-relative path of the file the problems are in. */
  path: string;
  /** The dataset source for that path, when it is one (an include is not). */
  source?: Source;
  diagnostics: Diagnostic[];
}

/** Diagnostics grouped by the file they point into, in source order. */
export function diagnosticGroups(dataset: Dataset): DiagnosticGroup[] {
  const sources = new Map(dataset.sources.map((source) => [source.path, source]));
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of sortDiagnostics(dataset.diagnostics)) {
    const list = groups.get(diagnostic.source) ?? [];
    list.push(diagnostic);
    groups.set(diagnostic.source, list);
  }
  return [...groups].map(([path, diagnostics]) => {
    const source = sources.get(path);
    return source ? { path, source, diagnostics } : { path, diagnostics };
  });
}

/** Diagnostics by rule id, in source order: the rule pages list theirs. */
export function diagnosticsByRule(dataset: Dataset): ReadonlyMap<string, Diagnostic[]> {
  const byRule = new Map<string, Diagnostic[]>();
  for (const diagnostic of sortDiagnostics(dataset.diagnostics)) {
    const list = byRule.get(diagnostic.rule) ?? [];
    list.push(diagnostic);
    byRule.set(diagnostic.rule, list);
  }
  return byRule;
}
