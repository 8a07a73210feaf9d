import { physicalLine } from './repair-table-rows.ts';

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t]*$/;
/** Lines that end a paragraph, so a comment opened inside it cannot run past them. */
const PARAGRAPH_END = /^(?:$|#{1,6}(?:\s|$)|`{3,}|~{3,}|(?:[-*_][ \t]*){3,}$)/;

interface Fence {
  marker: string;
  /** Where the opening line's text starts: a later line starting further left has left the fence's container. */
  column: number;
}

/**
 * The lines with everything that is never content blanked: code fences whole,
 * HTML comments character by character (columns of what is left stay put).
 * A comment opening a line is an HTML block up to the line closing it, as in
 * GFM. A comment opening mid-line is inline HTML: it hides what follows up to
 * `-->` when that comes before the paragraph ends; GFM would still let a table
 * interrupt that paragraph, but Learn's renderer reads a pipe table inside the
 * paragraph, so the comment hides it there. A fence ends at its closing line
 * or when a line leaves its container (less indented, fewer `>`). Lines with
 * nothing to hide are returned as they are.
 */
export function maskHiddenText(lines: readonly string[]): string[] {
  const visible = [...lines];
  let fence: Fence | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence) {
      const physical = physicalLine(line, index + 1);
      const left = physical.text !== '' && physical.column < fence.column;
      if (!left) {
        visible[index] = '';
        if (closesFence(physical.text, fence)) fence = undefined;
        continue;
      }
      fence = undefined;
    }
    if (!line.includes(COMMENT_OPEN) && !line.includes('```') && !line.includes('~~~')) continue;
    const physical = physicalLine(line, index + 1);
    fence = openingFence(physical.text, physical.column);
    if (fence) {
      visible[index] = '';
      continue;
    }
    if (physical.text.startsWith(COMMENT_OPEN)) {
      index = blankCommentBlock(lines, visible, index);
      continue;
    }
    if (line.includes(COMMENT_OPEN)) index = maskInlineComments(lines, visible, index);
  }
  return visible;
}

function openingFence(text: string, column: number): Fence | undefined {
  const match = FENCE_OPEN.exec(text);
  // A backtick fence's info string holds no backtick (else it is inline code).
  if (!match || (match[1]!.startsWith('`') && match[2]!.includes('`'))) return undefined;
  return { marker: match[1]!, column };
}

function closesFence(text: string, fence: Fence): boolean {
  const match = FENCE_CLOSE.exec(text);
  return match !== null && match[1]![0] === fence.marker[0] && match[1]!.length >= fence.marker.length;
}

/** An HTML block opened by `<!--`: whole lines up to the one holding `-->` (or the end). Returns the last line's index. */
function blankCommentBlock(lines: readonly string[], visible: string[], first: number): number {
  let index = first;
  let from = lines[first]!.indexOf(COMMENT_OPEN) + COMMENT_OPEN.length;
  for (; index < lines.length; index++, from = 0) {
    visible[index] = '';
    if (lines[index]!.includes(COMMENT_CLOSE, from)) break;
  }
  return Math.min(index, lines.length - 1);
}

/** Masks the comments opened inside a line's text. Returns the index of the last line a comment reached. */
function maskInlineComments(lines: readonly string[], visible: string[], first: number): number {
  let index = first;
  let from = 0;
  for (;;) {
    const line = lines[index]!;
    const open = line.indexOf(COMMENT_OPEN, from);
    if (open === -1) return index;
    const close = line.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length);
    if (close !== -1) {
      visible[index] = blank(visible[index]!, open, close + COMMENT_CLOSE.length);
      from = close + COMMENT_CLOSE.length;
      continue;
    }
    const end = closingLine(lines, index + 1);
    // The paragraph ends first: the `<!--` is literal text.
    if (end === undefined) return index;
    visible[index] = blank(visible[index]!, open, line.length);
    for (let between = index + 1; between < end; between++) visible[between] = '';
    from = lines[end]!.indexOf(COMMENT_CLOSE) + COMMENT_CLOSE.length;
    visible[end] = blank(lines[end]!, 0, from);
    index = end;
  }
}

/** The line holding the `-->` of a comment left open, if it comes before the paragraph ends. */
function closingLine(lines: readonly string[], first: number): number | undefined {
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]!;
    if (PARAGRAPH_END.test(physicalLine(line, index + 1).text)) return undefined;
    if (line.includes(COMMENT_CLOSE)) return index;
  }
  return undefined;
}

/** The text with `[start, end)` turned to spaces, so later columns keep their place. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
