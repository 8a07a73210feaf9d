import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { resolveInsideRoot } from '../lib/content/path-guard.ts';
import { report, type Place } from '../lib/diagnostics/diagnostic.ts';
import type { DependentRepository } from '../lib/guides/docset-files.ts';
import { learnBlock, learnLabel } from './learn-nodes.ts';
import { isMarker, splitMarkerLines } from './marker-lines.ts';
import { visitContainers } from './visit-containers.ts';
import { placeOf, pointInText, type Locate } from './locate.ts';

export interface CodeOptions {
  /** The content folder: code files are read from inside it only. */
  root: string;
  /** The set's root relative to `root` (where `~/` paths start; default: `root` itself). */
  setRoot?: string;
  /** The set's dependent repositories: a `~/<path>/…` source in one links there (default: none). */
  repositories?: DependentRepository[];
  /** The upstream address of a file of the set, by its path relative to `root` (default: none; a missing file is then named, not linked). */
  upstreamFile?: (contentPath: string) => string | undefined;
  /** Maps parsed positions to the file they were written in (default: positions as they are). */
  locate?: Locate;
}

/** What a code token asks for, whichever form it was written in. */
interface CodeRequest {
  source: string;
  language?: string;
  range?: string;
  highlight?: string;
  id?: string;
}

const COLON_CODE = /^:::[ \t]*code((?:[ \t]+[a-z-]+[ \t]*=[ \t]*"[^"]*")*)[ \t]*:::$/i;
const ATTRIBUTE = /([a-z-]+)[ \t]*=[ \t]*"([^"]*)"/gi;
/** The text before the link of `[!code-lang[title](path)]`: remark reads `[title](path)` as a link. */
const LEGACY_OPEN = /\[!code(?:-([a-z0-9#+_.-]+))?$/i;
const LEGACY_CLOSE = /^\]/;
const LINE_SPANS = /^\s*\d+(\s*-\s*\d*)?(\s*,\s*\d+(\s*-\s*\d*)?)*\s*$/;

/**
 * Languages by file extension, for a token that names none. Source: Learn's
 * contributor guide, "How to include code in docs" (supported languages).
 */
const EXTENSION_LANGUAGES: Record<string, string> = {
  '.bicep': 'bicep', '.cs': 'csharp', '.java': 'java', '.js': 'javascript', '.json': 'json', '.ps1': 'powershell',
  '.py': 'python', '.sh': 'bash', '.sql': 'sql', '.ts': 'typescript', '.xml': 'xml', '.yaml': 'yaml', '.yml': 'yaml', '.go': 'go',
};

/**
 * Renders Learn's code includes.
 *
 * ```md
 * :::code language="python" source="snippets/app.py" id="snippet_login" highlight="2":::
 * [!code-python[](snippets/app.py?range=3-5)]
 * ```
 * become code blocks (highlights as `data-highlight`, which Expressive Code marks) of the
 * file's lines: `range` (`2-24,26`), a named region (`id`, or `#region` in
 * the older form: lines between `<snippet_x>` and `</snippet_x>`, or
 * `#region snippet_x` and `#endregion`, indentation they share removed), or
 * the whole file. `highlight` counts lines of the snippet.
 *
 * The file is read only when it is inside the content folder. A `~/` source
 * in a dependent repository, a missing file, a missing region, or a path
 * leaving the content folder becomes a link to the file upstream (when its
 * address is known) and a diagnostic, never the token:
 * ```html
 * <p class="learn-code-missing">Code sample not included here: <a href="…">create.sh</a></p>
 * ```
 * `interactive` (a try-it button upstream) is ignored.
 */
const remarkLearnCode: Plugin<[CodeOptions], Root> = (options) => {
  return (tree, file) => {
    visitContainers(tree, (parent) => replaceTokens(parent, file, options));
  };
};

export default remarkLearnCode;

function replaceTokens(parent: Parent, file: VFile, options: CodeOptions): void {
  const children = parent.children as RootContent[];
  if (!children.some((child) => child.type === 'paragraph' && child.children.some((c) => c.type === 'text' && /:::[ \t]*code|\[!code/i.test(c.value)))) return;
  const out: RootContent[] = [];
  for (const child of children) {
    for (const item of splitMarkerLines(child, colonRequest, file.value)) {
      if (!isMarker(item)) {
        out.push(...(item.type === 'paragraph' ? splitLegacy(item, file, options) : [item]));
        continue;
      }
      const place = placeOf(item.point, options.locate, file.path);
      if (!item.marker) {
        report(file, 'warning', 'code-invalid', `Unexpected \`${item.line}\`, expected \`:::code source="…" language="…":::\`; not shown`, place);
        continue;
      }
      out.push(codeBlock(item.marker, place, file, options));
    }
  }
  parent.children = out;
}

/** A `:::code …:::` line's request; `null` for a line that starts like one but cannot be read (diagnosed by the caller). */
function colonRequest(line: string): CodeRequest | null | undefined {
  if (!/^:::[ \t]*code\b/i.test(line)) return undefined;
  const match = COLON_CODE.exec(line);
  if (!match) return null;
  const attributes = Object.fromEntries([...match[1]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  if (!attributes.source) return null;
  const request: CodeRequest = { source: attributes.source };
  for (const key of ['language', 'range', 'highlight', 'id'] as const) if (attributes[key]) request[key] = attributes[key];
  return request;
}

/** A paragraph with `[!code-lang[…](path)]` tokens, split around the code blocks they become. */
function splitLegacy(paragraph: Paragraph, file: VFile, options: CodeOptions): RootContent[] {
  const nodes = paragraph.children;
  const out: RootContent[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    const trimmed = trim(inline);
    if (trimmed.length > 0) out.push({ type: 'paragraph', children: trimmed });
    inline = [];
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const link = nodes[i + 1];
    const after = nodes[i + 2];
    const open = node.type === 'text' ? LEGACY_OPEN.exec(node.value) : null;
    if (!open || link?.type !== 'link' || after?.type !== 'text' || !LEGACY_CLOSE.test(after.value)) {
      inline.push(node);
      continue;
    }
    const before = node.type === 'text' ? node.value.slice(0, open.index) : '';
    if (before !== '') inline.push({ type: 'text', value: before });
    flush();
    const point = pointInText(node.position?.start, (node as { value: string }).value, open.index, file.value);
    out.push(codeBlock(legacyRequest(link.url, open[1]), placeOf(point, options.locate, file.path), file, options));
    const rest = after.value.slice(1);
    nodes[i + 2] = { ...after, value: rest };
    i += 1;
  }
  flush();
  return out;
}

/** `path#region`, `path?range=1-3&highlight=2`, `path?name=region`. */
function legacyRequest(url: string, language: string | undefined): CodeRequest {
  const [beforeHash = '', hash] = url.split('#');
  const [source = '', query = ''] = beforeHash.split('?');
  const params = new URLSearchParams(query);
  const request: CodeRequest = { source };
  if (language) request.language = language;
  const id = hash || params.get('name');
  if (id) request.id = id;
  const range = params.get('range');
  if (range) request.range = range;
  const highlight = params.get('highlight');
  if (highlight) request.highlight = highlight;
  return request;
}

function codeBlock(request: CodeRequest, place: Place, file: VFile, options: CodeOptions): RootContent {
  const from = place.source ?? file.path;
  const name = path.posix.basename(request.source);
  if (request.source.startsWith('~/')) {
    const rest = request.source.slice(2);
    const repository = [...(options.repositories ?? [])].sort((a, b) => b.path.length - a.path.length).find((repo) => rest === repo.path || rest.startsWith(`${repo.path}/`));
    if (repository) {
      const url = `${repository.url}/blob/${repository.branch}/${rest.slice(repository.path.length + 1)}`;
      report(file, 'info', 'code-other-repository', `Code \`${request.source}\` is in the dependent repository ${repository.url}; linked there`, place);
      return notice(name, url);
    }
    // Not in a dependent repository: `~/` is the set's root.
    const inSet = path.posix.normalize(path.posix.join(options.setRoot ?? '.', rest));
    return fromFile(request, inSet.startsWith('../') ? undefined : inSet, inSet, place, file, options);
  }
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(from), request.source));
  return fromFile(request, resolveInsideRoot(options.root, from, request.source), relative, place, file, options);
}

/** The code block of a file inside the content folder (`resolved`), or a link upstream to `lexical` when it cannot be shown. */
function fromFile(request: CodeRequest, resolved: string | undefined, lexical: string, place: Place, file: VFile, options: CodeOptions): RootContent {
  const name = path.posix.basename(request.source);
  const upstream = options.upstreamFile?.(lexical);
  if (resolved === undefined) {
    report(file, 'error', 'code-outside-content', `Code \`${request.source}\` points outside the content folder; not read${upstream ? `, linked upstream` : ''}`, place);
    return notice(name, upstream);
  }
  let text: string;
  try {
    text = readFileSync(path.join(options.root, resolved), 'utf8');
  } catch {
    report(file, 'warning', 'code-missing', `Code file not found: \`${request.source}\` (${resolved})${upstream ? '; linked upstream' : ''}`, place);
    return notice(name, upstream);
  }
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let selected: string[] | undefined = lines;
  if (request.id) {
    selected = region(lines, request.id);
    if (!selected) {
      report(file, 'warning', 'code-region-missing', `Code region \`${request.id}\` not found in \`${request.source}\`, expected \`<${request.id}>\` … \`</${request.id}>\` or \`#region ${request.id}\`${upstream ? '; linked upstream' : ''}`, place);
      return notice(name, upstream);
    }
  } else if (request.range) {
    selected = spans(request.range, lines.length, 'range', request, place, file)?.map((n) => lines[n - 1]!);
    if (!selected) return notice(name, upstream);
  }
  const code: Code = { type: 'code', lang: request.language ?? EXTENSION_LANGUAGES[path.extname(resolved).toLowerCase()] ?? null, value: selected.join('\n') };
  if (request.highlight) {
    const marked = spans(request.highlight, selected.length, 'highlight', request, place, file);
    // An attribute, not `meta`: the sanitizer keeps attributes only; src/lib/guides/code-languages.ts makes it Expressive Code's marks.
    if (marked && marked.length > 0) code.data = { hProperties: { dataHighlight: marked.join(',') } };
  }
  return code;
}

/**
 * The line numbers `2-4,7` names (1-based, in order); `5-` runs to the end.
 * Numbers past the end are dropped with a warning; an unreadable list is a warning and `undefined`.
 */
function spans(value: string, count: number, what: 'range' | 'highlight', request: CodeRequest, place: Place, file: VFile): number[] | undefined {
  if (!LINE_SPANS.test(value)) {
    report(file, 'warning', 'code-range-invalid', `Unexpected ${what} \`${value}\` on code \`${request.source}\`, expected lines and spans like \`2-24,26\``, place);
    return undefined;
  }
  const numbers: number[] = [];
  let past = false;
  for (const part of value.split(',')) {
    const [start, end] = part.split('-').map((n) => n.trim());
    const first = Number(start);
    const last = end === undefined ? first : end === '' ? count : Number(end);
    for (let n = first; n <= last; n++) {
      if (n >= 1 && n <= count) numbers.push(n);
      else past = true;
    }
  }
  if (past) report(file, 'warning', 'code-range-invalid', `The ${what} \`${value}\` on code \`${request.source}\` goes past its ${count} lines; the lines past the end are left out`, place);
  return numbers;
}

/** The lines of region `id` (tag lines of other regions inside it dropped, shared indentation removed), or `undefined`. */
function region(lines: string[], id: string): string[] | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = new RegExp(`<${escaped}>|#region\\s+${escaped}\\s*$`, 'i');
  const first = lines.findIndex((line) => start.test(line));
  if (first === -1) return undefined;
  const viaRegion = !new RegExp(`<${escaped}>`, 'i').test(lines[first]!);
  const end = viaRegion ? /#endregion/i : new RegExp(`</${escaped}>`, 'i');
  let depth = 0;
  const body: string[] = [];
  for (const line of lines.slice(first + 1)) {
    if (viaRegion && /#region\b/i.test(line)) depth += 1;
    if (end.test(line)) {
      if (depth === 0) break;
      depth -= 1;
    }
    if (/<\/?[a-z0-9_.-]+>\s*(-->|\*\/)?\s*$/i.test(line) && /^\s*(\/\/|#|<!--|\/\*|--|')/.test(line)) continue;
    if (/^\s*#(end)?region\b/i.test(line)) continue;
    body.push(line);
  }
  const indent = Math.min(...body.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return Number.isFinite(indent) ? body.map((line) => line.slice(Math.min(indent, line.length))) : body;
}

/** What readers see instead of code that is not here: the file's name, linked upstream when its address is known. */
function notice(name: string, url: string | undefined): RootContent {
  const label = 'Code sample not included here: ';
  if (!url) return learnLabel('p', { className: ['learn-code-missing'] }, label + name);
  return learnBlock('p', { className: ['learn-code-missing'] }, [
    { type: 'paragraph', data: { hName: 'span' }, children: [{ type: 'text', value: label }, { type: 'link', url, children: [{ type: 'text', value: name }] }] },
  ]);
}

function trim(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((node) => !(node.type === 'text' && node.value === ''));
}
