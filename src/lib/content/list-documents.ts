import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Lists the markdown files below `root` as sorted content-relative paths.
 * Symbolic links are not followed, so the walk never leaves the folder.
 */
export function listDocuments(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(relative);
    }
  };
  walk('');
  return found.sort();
}
