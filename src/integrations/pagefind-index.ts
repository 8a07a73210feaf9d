import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindIndexOptions {
  /**
   * Punctuation Pagefind keeps inside words, so `R+` is a word of its own
   * and `Command R+` no longer finds `Command R` first (default: `'+'`).
   */
  includeCharacters?: string;
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Rebuilds the search index Starlight wrote, with the Pagefind options
 * Starlight does not expose (0.42 calls `createIndex()` with none). Starlight's
 * own run stays: it runs whenever its `pagefind` option is on, and that option
 * is what renders its search box and hands the box our ranking
 * (`searchMetaWeights`); turned off, an overridden `Search` still renders but
 * ranks with Pagefind's defaults. List this integration after Starlight so its
 * index is the one that remains.
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  const includeCharacters = options.includeCharacters ?? '+';
  return {
    name: 'where-models-run:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { index } = check(await pagefind.createIndex({ includeCharacters }), 'createIndex');
          if (!index) throw new Error('Pagefind returned no index');
          const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dir) }), 'addDirectory');
          check(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'writeFiles');
          logger.info(`Search index rebuilt with include characters ${JSON.stringify(includeCharacters)}: ${page_count} pages.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
