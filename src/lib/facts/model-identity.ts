/** Runs of spaces, hyphens and underscores: `GPT-4o`, `GPT 4o` and `gpt_4o` are one spelling apart, not two models. */
const SEPARATORS = /[\s_-]+/g;

/**
 * The form of a model's name that decides whether two spellings name the same
 * model: case, width and separators (space, hyphen, underscore) ignored.
 * `GPT-4o`, `gpt-4o` and `GPT 4o` agree; `gpt4o` and `Command R+` vs
 * `Command R` do not (see `possible-duplicate-model` for near misses).
 */
export function modelIdentity(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ').trim();
}
