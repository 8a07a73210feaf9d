import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSet, type SetFile } from './learn-set.ts';

/** What a build's project holds besides its content: copied from the repository, so the bench builds what `npm run build` builds. */
const OURS = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.json'];

/**
 * An empty project folder. It must sit below the repository: packages are
 * found in the repository's node_modules by Node's walk up the folders (a
 * symlinked node_modules makes Vite leave Starlight's virtual modules to Node).
 */
function fresh(dir: string, repo: string): void {
  if (path.relative(repo, dir).startsWith('..')) throw new Error(`${dir} is not below ${repo}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/** Our site without its content, in a folder below the repository (the generated dataset is left out: a build writes its own). */
export function ourSite(dir: string, repo: string): void {
  fresh(dir, repo);
  for (const item of OURS) cpSync(path.join(repo, item), path.join(dir, item), { recursive: true, filter: (from) => !from.includes(`${path.sep}generated`) });
}

/** Our site with `content/` holding the set. */
export function ourProject(dir: string, repo: string, set: readonly SetFile[]): void {
  ourSite(dir, repo);
  writeSet(set, path.join(dir, 'content'));
}

/**
 * A bare Starlight site over the same pages: its `docsLoader` reads the same
 * markdown from `src/content/docs/`, Astro's own markdown pipeline renders it
 * (Learn's dialect stays text). Starlight wants a title on every page: an
 * include, which has none in its front matter, gets one; nothing else changes.
 */
export function bareProject(dir: string, repo: string, set: readonly SetFile[]): void {
  fresh(dir, repo);
  // Astro bundles the packages the project depends on that build on it (Starlight): they must be listed.
  const { dependencies } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const used = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies: used }, null, 2));
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });\n",
  );
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeSet(set, path.join(dir, 'src/content/docs'), (file, to) => {
    if (!file.from.endsWith('.md')) return cpSync(file.from, to);
    const text = readFileSync(file.from, 'utf8');
    const title = `title: ${path.basename(file.path, '.md')}\n`;
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (frontMatter === undefined) writeFileSync(to, `---\n${title}---\n${text}`);
    else writeFileSync(to, /^title:/m.test(frontMatter) ? text : text.replace(/^---\r?\n/, `---\n${title}`));
  });
}
