import type { ModelDraft } from './fact-drafts.ts';
import { modelIdentity } from './model-identity.ts';
import { nameWithoutVersion } from './split-model-version.ts';

/** What a model is compared by, worked out once per model. */
export interface ModelLook {
  model: ModelDraft;
  /** The name without its version, in identity form, split into words. */
  words: string[];
  /** The name without its version, separators and dots: `gpt4o` for `GPT-4o`. */
  squashed: string;
  /** The version's digits: `20240513` for `2024-05-13`; empty without a version. */
  versionDigits: string;
}

const SQUASHED_AWAY = /[\s._-]/g;
const DIGIT = /\d/;
const NOT_DIGIT = /\D/g;

export function lookOf(model: ModelDraft): ModelLook {
  const identity = modelIdentity(nameWithoutVersion(model));
  return { model, words: identity.split(' '), squashed: identity.replace(SQUASHED_AWAY, ''), versionDigits: model.version?.replace(NOT_DIGIT, '') ?? '' };
}

/**
 * Why two models of one document look like one model written two ways, or
 * `undefined` when they look like two models. Looks alike: a shared model id;
 * versions that differ only by punctuation; names that differ only by
 * punctuation (`gpt4o`, `gpt-4o`); names one or two letters apart word by word
 * with the same numbers (`Gemni 2.0 Flash`). Never alike: different versions or
 * different numbers (`Llama 3.1 405B`, `Llama 3.1 70B`), an added word
 * (`Imagen 3 Fast`, `Gemini 2.0 Flash-Lite`), short words (`Command R+`),
 * different model ids for one name (`Imagen 3` twice: two versions).
 */
export function possibleDuplicate(a: ModelLook, b: ModelLook): string | undefined {
  if (a.model.provider !== b.model.provider || a.model.scope !== 'model' || b.model.scope !== 'model') return undefined;
  if ((a.model.version === undefined) !== (b.model.version === undefined) || a.versionDigits !== b.versionDigits) return undefined;
  const shared = a.model.modelIds.find((id) => b.model.modelIds.includes(id));
  if (shared) return `they share model id \`${shared}\``;
  if (a.model.modelIds.length > 0 && b.model.modelIds.length > 0) return undefined;
  const ids = a.model.modelIds[0] ?? b.model.modelIds[0];
  if (a.words.join(' ') === b.words.join(' ') && a.model.version === b.model.version) return `one names model id \`${ids}\`, the other none`;
  if (a.squashed === b.squashed) return a.model.version === b.model.version ? 'their names differ only by punctuation' : 'their versions differ only by punctuation';
  const letters = lettersApart(a.words, b.words);
  if (letters === undefined || letters === 0) return undefined;
  return `their names are ${letters} letter${letters === 1 ? '' : 's'} apart`;
}

/**
 * How many letters two names are apart, word by word, or `undefined` when
 * they differ more than a slip of the keyboard: another word count, a
 * word with digits changed, a short word changed, more than two letters.
 */
function lettersApart(a: readonly string[], b: readonly string[]): number | undefined {
  if (a.length !== b.length) return undefined;
  let total = 0;
  for (let index = 0; index < a.length; index++) {
    const left = a[index]!;
    const right = b[index]!;
    if (left === right) continue;
    if (DIGIT.test(left) || DIGIT.test(right)) return undefined;
    const allowed = slipsAllowed(Math.min(left.length, right.length));
    const distance = editDistance(left, right, allowed);
    if (distance > allowed) return undefined;
    total += distance;
    if (total > 2) return undefined;
  }
  return total;
}

/** A four-letter word may carry one slip, an eight-letter word two; shorter words none (`R` and `R+` are two models). */
function slipsAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from one word to
 * the other, counted up to `limit + 1`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
