import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSet, type SetFile } from './learn-set.ts';

/** What a build's project holds besides its content: copied from the repository, so the bench builds what `npm run build` builds. */
const OURS = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.json'];

function fresh(dir: string, repo: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/** Our site with `content/` holding the set (the generated dataset is left out: the build writes its own). */
export function ourProject(dir: string, repo: string, set: readonly SetFile[]): void {
  fresh(dir, repo);
  for (const item of OURS) cpSync(path.join(repo, item), path.join(dir, item), { recursive: true, filter: (from) => !from.includes(`${path.sep}generated`) });
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
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module' }, null, 2));
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
