import type { Dataset, Source } from '../facts/dataset-schema.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface DiagnosticGroup {
  /** Content-relative path of the file the problems are in. */
  path: string;
  /** The dataset source for that path, when it is one (an include is not). */
  source?: Source;
  diagnostics: Diagnostic[];
}

/** Diagnostics (default: the dataset's) grouped by the file they point into, in source order. */
export function diagnosticGroups(dataset: Dataset, diagnostics: readonly Diagnostic[] = dataset.diagnostics): DiagnosticGroup[] {
  const sources = new Map(dataset.sources.map((source) => [source.path, source]));
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    const list = groups.get(diagnostic.source) ?? [];
    list.push(diagnostic);
    groups.set(diagnostic.source, list);
  }
  return [...groups].map(([path, diagnostics]) => {
    const source = sources.get(path);
    return source ? { path, source, diagnostics } : { path, diagnostics };
  });
}

/**
 * The problems rendering the guides found that the extractor did not: a
 * missing include is reported by both, on the same line, and listed once.
 */
export function guideOnlyDiagnostics(dataset: Dataset, guideDiagnostics: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.source}\0${d.line}\0${d.column ?? ''}\0${d.rule}`;
  const seen = new Set(dataset.diagnostics.map(key));
  return sortDiagnostics(guideDiagnostics.filter((d) => !seen.has(key(d)) && seen.add(key(d))));
}

/** Diagnostics by rule id, in source order: the rule pages list theirs. */
export function diagnosticsByRule(diagnostics: readonly Diagnostic[]): ReadonlyMap<string, Diagnostic[]> {
  const byRule = new Map<string, Diagnostic[]>();
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    const list = byRule.get(diagnostic.rule) ?? [];
    list.push(diagnostic);
    byRule.set(diagnostic.rule, list);
  }
  return byRule;
}
