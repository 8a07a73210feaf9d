const PIPE = 124;
const BACKSLASH = 92;

/**
 * How many cells GFM would read from one physical table line: unescaped pipes
 * separate cells, a leading and a trailing pipe only fence them. Pipes inside
 * code spans count too, as they do in GFM.
 */
export function countRowCells(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '|') return 0;
  let pipes = 0;
  for (let index = 0; index < trimmed.length; index++) {
    const code = trimmed.charCodeAt(index);
    if (code === BACKSLASH) index++;
    else if (code === PIPE) pipes++;
  }
  const leading = trimmed.charCodeAt(0) === PIPE ? 1 : 0;
  const trailing = trimmed.length > 1 && trimmed.charCodeAt(trimmed.length - 1) === PIPE && trimmed.charCodeAt(trimmed.length - 2) !== BACKSLASH ? 1 : 0;
  return Math.max(0, pipes + 1 - leading - trailing);
}
