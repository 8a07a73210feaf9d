import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file of a generated set: where it goes (relative to the content folder) and where it is copied from. */
export interface SetFile {
  path: string;
  from: string;
  /** Whether it is an article (a page of its own in both builds), not an include or media. */
  article: boolean;
}

/** Where the articles of a Learn set sit below a content folder: a guide folder our routes know. */
export const SET_FOLDER = 'azure-ai-docs/articles/bench';

export function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * A Learn set of `pages` articles made from a real one: the folder's
 * markdown, includes and media copied as often as needed into
 * `copy-1/`, `copy-2/`, …, the last copy cut to the articles still wanted
 * (each copy keeps all its includes and media, so every include resolves).
 * Undefined `pages` means the set as it is, once.
 */
export function learnSet(sourceDir: string, pages?: number): SetFile[] {
  const files = walk(sourceDir).filter((file) => !file.endsWith('.yml'));
  const isArticle = (file: string) => file.endsWith('.md') && !file.split('/').includes('includes');
  const articles = files.filter(isArticle).sort();
  const wanted = pages ?? articles.length;
  const copies = Math.ceil(wanted / articles.length);
  const set: SetFile[] = [];
  for (let copy = 1; copy <= copies; copy++) {
    const left = wanted - (copy - 1) * articles.length;
    const kept = new Set(articles.slice(0, left));
    for (const file of files) {
      if (isArticle(file) && !kept.has(file)) continue;
      set.push({ path: `${SET_FOLDER}/copy-${copy}/${file}`, from: path.join(sourceDir, file), article: isArticle(file) });
    }
  }
  return set;
}

/** Writes a set below `root`; `transform` may rewrite a markdown file's text on the way. */
export function writeSet(set: readonly SetFile[], root: string, copy: (file: SetFile, to: string) => void = (file, to) => copyFileSync(file.from, to)): void {
  for (const file of set) {
    const to = path.join(root, file.path);
    mkdirSync(path.dirname(to), { recursive: true });
    copy(file, to);
  }
}

/**
 * The repository's own content, added to every set as it is: our site's
 * sidebar links its guides (until the site config says the sources), and
 * both builds get the same few pages more.
 */
export function seedFiles(contentDir: string): SetFile[] {
  return walk(contentDir).map((file) => ({ path: file, from: path.join(contentDir, file), article: false }));
}
