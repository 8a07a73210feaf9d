import matter from 'gray-matter';
import type { VFile } from 'vfile';
import { report } from '../diagnostics/diagnostic.ts';

export type FrontMatter = Record<string, unknown>;

export interface SplitDocument {
  data: FrontMatter;
  /**
   * The body with the front matter replaced by as many empty lines, so that
   * line numbers in the body are line numbers in the file.
   */
  body: string;
  /** 0-based index of the first line after the front matter (0 when there is none). */
  bodyStart: number;
}

const FENCE = /^---[ \t]*\r?$/;

/**
 * Splits YAML front matter from a markdown file with gray-matter. Invalid YAML
 * is reported (`front-matter-invalid`) and treated as no front matter, the
 * block still blanked so it never renders as content.
 */
export function splitFrontMatter(text: string, file: VFile, source?: string): SplitDocument {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { data: {}, body: text, bodyStart: 0 };
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    report(file, 'warning', 'front-matter-unclosed', 'Front matter opened with `---` is never closed; read as content', { source, line: 1, column: 1 });
    return { data: {}, body: text, bodyStart: 0 };
  }
  let data: FrontMatter = {};
  try {
    // gray-matter caches by input string; an empty options object turns that off.
    const parsed: unknown = matter(lines.slice(0, end + 1).join('\n'), {}).data;
    // YAML may hold a bare scalar or a list; only a mapping is front matter.
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as FrontMatter;
    else report(file, 'warning', 'front-matter-invalid', 'Front matter is not a mapping of keys to values; ignored', { line: 1, column: 1 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    report(file, 'warning', 'front-matter-invalid', `Front matter is not valid YAML (${reason}); ignored`, { source, line: 1, column: 1 });
  }
  const body = [...Array.from({ length: end + 1 }, () => ''), ...lines.slice(end + 1)].join('\n');
  return { data, body, bodyStart: end + 1 };
}
