import { AstroError } from 'astro/errors';
import type { z } from 'zod';

/**
 * Validates the contents of a data file (the dataset, pivot groups, a region
 * registry) against its schema. A mismatch is an `AstroError` that names the
 * file and each key, with a hint saying how to fix it, never a raw ZodError.
 */
export function parseDataFile<Schema extends z.ZodType>(schema: Schema, value: unknown, file: string, hint: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AstroError(`${file}: invalid data\n${formatIssues(parsed.error.issues)}`, hint);
  return parsed.data;
}

/** `JSON.parse` for a data file: a syntax error is an `AstroError` naming the file. */
export function parseJsonFile(text: string, file: string, hint: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AstroError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, hint);
  }
}

/** `sources[0].route: a route starts and ends with …`, one issue a line. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `  ${keyPath(issue.path)}: ${issue.message}`).join('\n');
}

function keyPath(parts: readonly PropertyKey[]): string {
  if (parts.length === 0) return '(root)';
  return parts.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}
