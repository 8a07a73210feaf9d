import type { VFile } from 'vfile';
import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** One located problem in a source file, shared by the extractor and the site build. */
export const diagnosticSchema = z.object({
  severity: severitySchema,
  /** Rule id, kebab-case, e.g. `table-empty-model-cell`. */
  rule: z.string().min(1),
  /** Path of the file the problem is in, relative to the content folder (an include, when it is in one). */
  source: z.string().min(1),
  /** 1-based line in that file. */
  line: z.number().int().positive(),
  /** 1-based column in that file, when known. */
  column: z.number().int().positive().optional(),
  message: z.string().min(1),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export interface Place {
  /** Content-relative path of the file the place is in (default: the vfile's path). */
  source?: string;
  line: number;
  column?: number;
}

/**
 * Records a diagnostic on a vfile the way unified plugins do (`file.message`),
 * so problems travel with the file they were found in.
 * `fatal: true` marks an error, `fatal: undefined` an info, `false` a warning.
 */
export function report(
  file: VFile,
  severity: Severity,
  rule: string,
  message: string,
  place: Place,
): void {
  const point = { line: place.line, column: place.column ?? 1 };
  // vfile's message is an Error whose stack it then empties; not capturing one
  // makes reporting cheap on large documentation sets.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let msg;
  try {
    msg = file.message(message, { place: point, ruleId: rule, source: 'where-models-run' });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (place.source) msg.file = place.source;
  msg.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** Severity of a vfile message, from its `fatal` field as vfile defines it. */
function severityOf(fatal: boolean | null | undefined): Severity {
  if (fatal === true) return 'error';
  if (fatal === false) return 'warning';
  return 'info';
}

/** The diagnostics a vfile collected; `file.path` is the content-relative source path. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return file.messages.map((msg) => {
    const diagnostic: Diagnostic = {
      severity: severityOf(msg.fatal),
      rule: msg.ruleId ?? 'unknown',
      source: (msg.file || file.path || 'unknown').replaceAll('\\', '/'),
      line: msg.line ?? 1,
      message: msg.reason,
    };
    if (msg.column != null) diagnostic.column = msg.column;
    return diagnostic;
  });
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts diagnostics by source, line, column, then severity, for stable reports. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.source.localeCompare(b.source) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
