export interface NormalizedModelName {
  /** The name as written, trimmed, without model ids, "(Preview)" or stray punctuation. */
  name: string;
  /** Model ids written in backticks, in order. */
  modelIds: string[];
  preview: boolean;
  /** What had to be repaired, for the diagnostic ("a lost `(`"). */
  repairs: string[];
}

const CODE_SPAN = /`([^`]*)`/g;
const PREVIEW = /\(\s*preview\s*\)/i;
/** A footnote reference the parser left as text, because the document defines no such footnote. */
const UNDEFINED_FOOTNOTE = /\[\^[^\]\s]+\]/g;
/** Footnote marks, never part of a name: stars or daggers closing a word or id (`gpt-4o*`), superscript digits (`gpt-4o¹`). */
const FOOTNOTE_MARK = /[*†‡]+(?=[\s(),]|$)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** Parentheses left holding nothing but separators once the ids are taken out. */
const EMPTY_PARENS = /\(\s*[,;/\s]*\)/g;

/**
 * Normalises a model cell item: ``Gemini 1.5 Pro (`gemini-1.5-pro-002`, `gemini-1.5-pro-001`)``
 * → "Gemini 1.5 Pro" with both ids; "Llama 3.3 70B (Preview)" → "Llama 3.3 70B",
 * preview. A lost parenthesis or backtick (``Imagen 3 `imagen-3.0-generate-002`)``)
 * is repaired so the row names the same model as its well-formed twin.
 * Footnote marks (`gpt-4o*`, `gpt-4o¹`, an undefined `[^1]`) are not part of
 * the name; only the undefined reference counts as a repair, since its note is lost.
 */
export function normalizeModelName(text: string): NormalizedModelName {
  const repairs: string[] = [];
  const modelIds: string[] = [];
  let rest = text.replace(CODE_SPAN, (_, id: string) => {
    for (const part of id.split(',')) if (part.trim()) modelIds.push(part.trim());
    return ' ';
  });
  const lone = rest.indexOf('`');
  if (lone !== -1) {
    repairs.push('a lost backtick');
    const tail = rest.slice(lone + 1);
    const id = /^\s*([^\s`(),]+)/.exec(tail)?.[1];
    if (id) modelIds.push(id);
    rest = rest.slice(0, lone) + (id ? tail.replace(id, ' ') : tail);
    rest = rest.replace(/`/g, ' ');
  }
  rest = rest.replace(UNDEFINED_FOOTNOTE, (mark) => {
    repairs.push(`a footnote reference \`${mark}\` with no definition`);
    return ' ';
  });
  rest = rest.replace(FOOTNOTE_MARK, ' ');
  let preview = false;
  rest = rest.replace(PREVIEW, () => {
    preview = true;
    return ' ';
  });
  rest = rest.replace(EMPTY_PARENS, ' ');
  const opened = (rest.match(/\(/g) ?? []).length;
  const closed = (rest.match(/\)/g) ?? []).length;
  if (opened !== closed) {
    repairs.push(opened > closed ? 'a lost `)`' : 'a lost `(`');
    rest = removeUnbalancedParens(rest);
    rest = rest.replace(EMPTY_PARENS, ' ');
  }
  const name = rest.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:]+$/g, '').trim();
  return { name, modelIds, preview, repairs };
}

/** Drops every parenthesis that has no partner, keeping balanced pairs. */
function removeUnbalancedParens(text: string): string {
  const keep = new Array<boolean>(text.length).fill(true);
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') open.push(index);
    else if (text[index] === ')') {
      if (open.length > 0) open.pop();
      else keep[index] = false;
    }
  }
  for (const index of open) keep[index] = false;
  return text.split('').filter((_, index) => keep[index]).join('');
}
