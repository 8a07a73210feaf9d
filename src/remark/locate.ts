import type { Point } from 'unist';
import type { Place } from '../lib/diagnostics/diagnostic.ts';

/**
 * Maps a line and column of the parsed text to the file they were written in
 * (the loader's `locate`, bound to a document). The default keeps them as
 * they are, in the processed file.
 */
export type Locate = (line: number, column: number) => Required<Place>;

/** The place of a unist point, through `locate` when given. */
export function placeOf(point: Point | undefined, locate: Locate | undefined, fallbackSource: string): Place {
  const line = point?.line ?? 1;
  const column = point?.column ?? 1;
  return locate ? locate(line, column) : { source: fallbackSource, line, column };
}

/**
 * The point `offset` characters into a text node's value, given where the
 * node starts and the parsed text (`file.value`): continuation lines of a
 * paragraph lose their indentation in the value, so their column is found
 * in the line as written.
 */
export function pointInText(start: Point | undefined, value: string, offset: number, source?: unknown): Point | undefined {
  if (!start) return undefined;
  const before = value.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { line: start.line, column: start.column + offset };
  const line = start.line + before.split('\n').length - 1;
  const written = typeof source === 'string' ? (source.split('\n')[line - 1] ?? '') : '';
  const lineStart = value.slice(lastBreak + 1).split('\n')[0]!;
  const indent = Math.max(0, written.indexOf(lineStart));
  return { line, column: indent + offset - lastBreak };
}
