import type { CellItem } from './table-types.ts';

/** A piece of a cell item as written and where it starts. */
export interface RegionListSpan {
  text: string;
  line: number;
  column: number;
}

/** Regions written one after another and the parenthesised qualifiers that follow them. */
export interface RegionListGroup {
  regions: RegionListSpan[];
  /** `(Global Standard)`, `(preview)`: they apply to every region of the group; `(A, B)` gives two. */
  qualifiers: RegionListSpan[];
}

export interface SplitRegionListOptions {
  /**
   * Whether a text names one region, so that a name holding a separator
   * ("Columbus, Ohio") stays whole (default: no name holds a separator).
   */
  isName?: (text: string) => boolean;
}

/** A bullet opening an item: `- East US`, `• East US`, `* East US`. */
const BULLET = /^[-*+•]\s+/;
/** What ends a region: a separator (comma, semicolon, `&`, a bullet, the word "and") or a qualifier's parenthesis. */
const TOKEN = /[(,;&•]|\band\b/gi;
/** Separators between the types of one qualifier: `(Global Standard, Provisioned)`. */
const QUALIFIER_SEPARATOR = /[,;&/]|\b(?:and|or)\b/gi;
/** Whether an item may be more than one region; most are one name, read without splitting. */
const LIST_OR_QUALIFIER = /[(,;&•]|\band\b|^[-*+]\s/i;
const OPEN = '(';
const CLOSE = ')';

interface Range {
  start: number;
  end: number;
}

const emptyOptions: SplitRegionListOptions = {};

/**
 * Splits a cell item that lists regions in any written form: bullets, commas,
 * `&`, "and", mixed (`East US & Sweden Central (Global Standard), West US
 * (Provisioned)`). A qualifier in parentheses closes a group: it applies to
 * every region written since the previous qualifier. A span's column is the
 * item's column plus its offset in the item's text, exact unless a link or
 * emphasis before it was written longer than it reads.
 */
export function splitRegionList(item: CellItem, options: SplitRegionListOptions = emptyOptions): RegionListGroup[] {
  const { text } = item;
  if (!LIST_OR_QUALIFIER.test(text)) return text === '' ? [] : [{ regions: [{ text, line: item.line, column: item.column }], qualifiers: [] }];
  const groups: RegionListGroup[] = [];
  let pieces: Range[] = [];
  let qualifiers: RegionListSpan[] = [];
  const span = (start: number, end: number): RegionListSpan | undefined => {
    const written = text.slice(start, end);
    const value = written.trim();
    if (value === '') return undefined;
    return { text: value, line: item.line, column: item.column + start + written.length - written.trimStart().length };
  };
  const closeGroup = () => {
    if (pieces.length === 0 && qualifiers.length === 0) return;
    groups.push({ regions: joinNames(text, pieces, options.isName).flatMap((range) => span(range.start, range.end) ?? []), qualifiers });
    pieces = [];
    qualifiers = [];
  };
  const addPiece = (start: number, end: number) => {
    if (text.slice(start, end).trim() === '') return;
    // A region after a qualifier starts the next group.
    if (qualifiers.length > 0) closeGroup();
    pieces.push({ start, end });
  };

  let start = BULLET.exec(text)?.[0].length ?? 0;
  const token = new RegExp(TOKEN);
  token.lastIndex = start;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    if (match[0] !== OPEN) {
      addPiece(start, match.index);
      start = token.lastIndex;
      continue;
    }
    const close = text.indexOf(CLOSE, match.index);
    // An unclosed parenthesis is text of the piece it is in.
    if (close < 0) continue;
    addPiece(start, match.index);
    for (const range of rangesBetween(text, QUALIFIER_SEPARATOR, match.index + 1, close)) {
      const qualifier = span(range.start, range.end);
      if (qualifier) qualifiers.push(qualifier);
    }
    start = close + 1;
    token.lastIndex = start;
  }
  addPiece(start, text.length);
  closeGroup();
  return groups;
}

/** The ranges of `text` between matches of `separator`, from `start` to `end`. */
function rangesBetween(text: string, separator: RegExp, start: number, end: number): Range[] {
  const pattern = new RegExp(separator);
  pattern.lastIndex = start;
  const ranges: Range[] = [];
  let from = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    ranges.push({ start: from, end: match.index });
    from = pattern.lastIndex;
  }
  ranges.push({ start: from, end });
  return ranges;
}

/** Joins a piece with the next when together they name a region ("Columbus" + "Ohio"), even if the first alone names one too. */
function joinNames(text: string, pieces: Range[], isName: ((text: string) => boolean) | undefined): Range[] {
  if (!isName || pieces.length < 2) return pieces;
  const joined: Range[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    const next = pieces[index + 1];
    if (next && isName(text.slice(piece.start, next.end).trim())) {
      joined.push({ start: piece.start, end: next.end });
      index++;
    } else {
      joined.push(piece);
    }
  }
  return joined;
}
