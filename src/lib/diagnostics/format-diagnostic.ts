import type { Diagnostic } from './diagnostic.ts';

/**
 * Formats a diagnostic like a compiler does:
 * `content/x.md:62:1 warning Model cell empty; ... (table-empty-model-cell)`.
 * `prefix` is prepended to the content-relative path (default: `''`).
 */
export function formatDiagnostic(d: Diagnostic, prefix = ''): string {
  const where = `${prefix}${d.source}:${d.line}${d.column != null ? `:${d.column}` : ''}`;
  return `${where} ${d.severity} ${d.message} (${d.rule})`;
}
