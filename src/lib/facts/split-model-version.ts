export interface ModelVersion {
  name: string;
  /** The version written with the name; absent when none is. */
  version?: string;
}

/**
 * A model version as the sources write one in parentheses: dated
 * (`2024-05-13`), four digits (`0613`, `1106-preview`), named
 * (`turbo-2024-04-09`, `vision-preview`), or `version 2`.
 */
const VERSION = String.raw`version\s+(\d+)|(\d{4}-\d{2}-\d{2}|\d{4}(?:-[a-z]+)?|[a-z]+-\d{4}-\d{2}-\d{2}|[a-z]+-preview)`;
/** `gpt-4 (0613)`, `gpt-4.1 (2025-04-14)`, `text-embedding-ada-002 (version 2)`: a version closing a name. */
const VERSION_IN_PARENS = new RegExp(String.raw`^(.*\S)\s*\(\s*(?:${VERSION})\s*\)$`, 'i');
/** `(2024-07-18)` or `(version 2)` alone: the version of the model named before it. */
const BARE_VERSION = new RegExp(String.raw`^\(\s*(?:${VERSION})\s*\)$`, 'i');
/** `gpt-4o, 2024-05-13`, `gpt-4, turbo-2024-04-09`, `tts, 001`: a version after the last comma (one word holding a digit). */
const VERSION_AFTER_COMMA = /^(.*\S)\s*,\s*([^\s,]*\d[^\s,]*)$/;

/**
 * Splits the version off a model name written `name (version)`. Only the
 * forms of `VERSION` count: "Mistral Small 3.1 (25.03)" is a name, and stays
 * one, and "(Preview)" is no version.
 */
export function splitVersionInParens(text: string): ModelVersion {
  const match = VERSION_IN_PARENS.exec(text);
  return match ? { name: match[1]!, version: (match[2] ?? match[3])! } : { name: text };
}

/** The version a text holding only `(version)` names (`` `gpt-4.1` (2025-04-14) `` once the id is taken out). */
export function bareVersion(text: string): string | undefined {
  const match = BARE_VERSION.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * Splits a transposed matrix's model header, `gpt-4o, 2024-05-13` (Azure
 * writes `**gpt-4o**, **2024-05-13**`), into name and version; a header
 * without a comma is tried as `name (version)`.
 */
export function splitHeaderVersion(text: string): ModelVersion {
  const match = VERSION_AFTER_COMMA.exec(text.trim());
  return match ? { name: match[1]!, version: match[2]! } : splitVersionInParens(text.trim());
}

/** A model's display name with its version: `gpt-4 (0613)`. */
export function versionedName(name: string, version: string | undefined): string {
  return version ? `${name} (${version})` : name;
}

/** The name a model was written by, without the version `versionedName` added. */
export function nameWithoutVersion(model: { name: string; version?: string }): string {
  return model.version ? model.name.slice(0, -` (${model.version})`.length) : model.name;
}
