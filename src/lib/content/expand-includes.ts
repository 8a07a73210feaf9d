import type { VFile } from 'vfile';
import { report } from '../diagnostics/diagnostic.ts';
import { BLOCK_INCLUDE_LINE } from './include-syntax.ts';
import { readInclude, resolveInclude, type ReadContentFile } from './read-include.ts';

/** Where a line of expanded text came from. */
export interface LineOrigin {
  /** Content-relative path of the file holding the line. */
  source: string;
  /** 1-based line in that file. */
  line: number;
  /** Characters of indentation the expansion added before the line's own text. */
  indent: number;
  /**
   * Ids of the include expansions the line sits in, outermost first (empty for
   * the document's own lines): DocFX reads each include as a document of its
   * own, so a construct in one (a tab group) ends where it ends.
   */
  includes: readonly number[];
}

export interface ExpandedText {
  text: string;
  /** `origins[n - 1]` is where line `n` of `text` came from. */
  origins: LineOrigin[];
}

export interface ExpandOptions {
  /** The content folder; nothing outside it is ever read. */
  root: string;
  /** How deep includes may nest before expansion stops (default: `10`). */
  maxDepth?: number;
  /** Where included files are read from (default: below `root` on disk). */
  read?: ReadContentFile;
}

const FENCE_OPEN = /^[ \t>]*(`{3,}|~{3,})/;

/**
 * Expands block includes (`[!INCLUDE [t](path)]` alone on a line) in place,
 * recursively, relative to the including file. Included front matter is
 * dropped and indentation (list items, block quotes) is carried onto every
 * included line. A missing, circular, too deep or out-of-root include is
 * reported and its line left as written, so the renderer can show a notice.
 * Lines inside code fences and HTML comments are never expanded.
 */
export function expandIncludes(body: string, source: string, file: VFile, options: ExpandOptions): ExpandedText {
  const out: string[] = [];
  const origins: LineOrigin[] = [];
  const expansions = { count: 0 };
  expandInto(body.split('\n'), 0, source, '', [source], [], expansions, file, options, out, origins);
  return { text: out.join('\n'), origins };
}

function expandInto(
  lines: string[],
  firstIndex: number,
  source: string,
  prefix: string,
  stack: string[],
  includes: readonly number[],
  expansions: { count: number },
  file: VFile,
  options: ExpandOptions,
  out: string[],
  origins: LineOrigin[],
): void {
  let fence: string | undefined;
  let inComment = false;
  for (let index = firstIndex; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    const emit = (text: string) => {
      out.push(prefix + text);
      origins.push({ source, line: lineNumber, indent: prefix.length, includes });
    };
    const fenceMatch = FENCE_OPEN.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
      emit(line);
      continue;
    }
    if (fenceMatch && !inComment) {
      fence = fenceMatch[1];
      emit(line);
      continue;
    }
    if (inComment || line.includes('<!--')) {
      const open = line.lastIndexOf('<!--');
      const close = line.lastIndexOf('-->');
      inComment = inComment ? close === -1 || (open > close) : open > close;
      emit(line);
      continue;
    }
    const include = BLOCK_INCLUDE_LINE.exec(line);
    if (!include) {
      emit(line);
      continue;
    }
    const [, indent = '', , target = ''] = include;
    const column = indent.length + 1;
    const place = { source, line: lineNumber, column };
    const resolved = resolveInclude(options.root, source, target, file, place);
    if (resolved === undefined) {
      emit(line);
      continue;
    }
    if (stack.includes(resolved)) {
      report(file, 'warning', 'include-cycle', `Include \`${target}\` is circular (${[...stack, resolved].join(' -> ')}); not expanded`, place);
      emit(line);
      continue;
    }
    if (stack.length > (options.maxDepth ?? 10)) {
      report(file, 'warning', 'include-too-deep', `Include \`${target}\` nests deeper than ${options.maxDepth ?? 10} levels; not expanded`, place);
      emit(line);
      continue;
    }
    const included = readInclude(options.root, resolved, target, file, place, options.read);
    if (!included) {
      emit(line);
      continue;
    }
    const includedLines = included.body.split('\n');
    // The file's final newline is not a line of its own where it is included.
    if (includedLines.at(-1) === '') includedLines.pop();
    expansions.count++;
    expandInto(includedLines, included.bodyStart, resolved, prefix + indent, [...stack, resolved], [...includes, expansions.count], expansions, file, options, out, origins);
  }
}
