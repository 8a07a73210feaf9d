import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import azure from '../src/data/regions/azure.json' with { type: 'json' };
import { seededRandom } from './seeded-random.ts';

export interface RepositoryShape {
  commits: number;
  documents: number;
  /** Shared include files; each is included by `documents / includes` pages. */
  includes: number;
  seed: number;
}

const regionNames = azure.regions.filter((region) => !('cloud' in region)).map((region) => region.name);
const MODELS_PER_PAGE = 8;
const PROSE = Array.from({ length: 12 }, (_, index) => `Paragraph ${index + 1} explains how to deploy a model as a serverless API, which quota applies, and where billing happens. See the [pricing page](https://example.com/pricing).`).join('\n\n');

/** One page's state: for each model row, its regions (indexes into the registry). */
type Page = number[][];

function pageText(index: number, page: Page): string {
  const rows = page.map((regions, row) => `| Model ${index}-${row} | Japan | ${regions.map((region) => regionNames[region]).join(' <br> ')} |`);
  const include = `[!INCLUDE [shared](includes/shared-${index % 20}.md)]`;
  return `---\ntitle: Page ${index}\nms.date: 01/01/2024\n---\n\n# Page ${index}\n\n${PROSE}\n\n${include}\n\n## Regions\n\n| Model | Offer Availability Region | Hub/Project Region for Deployment |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
}

function includeText(index: number, regions: number[]): string {
  return `---\nms.topic: include\n---\n\n### Shared models ${index}\n\n| Model | Offer Availability Region | Hub/Project Region for Deployment |\n| --- | --- | --- |\n| Shared ${index} | Japan | ${regions.map((region) => regionNames[region]).join(' <br> ')} |\n`;
}

/**
 * Writes a repository of `commits` commits over `documents` pages with one
 * `git fast-import` run: the first commit adds every page and include; each
 * later one adds or removes a region on one to three pages, or edits one
 * include (which every page including it sees). Seeded: the same shape gives
 * the same repository.
 */
export function generateHistoryRepository(dir: string, shape: RepositoryShape): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const random = seededRandom(shape.seed);
  const pick = (count: number) => Math.floor(random() * count);
  const someRegions = () => [...new Set(Array.from({ length: 2 + pick(6) }, () => pick(regionNames.length)))].sort((a, b) => a - b);
  const pages: Page[] = Array.from({ length: shape.documents }, () => Array.from({ length: MODELS_PER_PAGE }, someRegions));
  const includes = Array.from({ length: shape.includes }, someRegions);
  const out: string[] = [];
  const day = (n: number) => Date.UTC(2022, 0, 1) / 1000 + n * 86_400;
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let commit = 0; commit < shape.commits; commit++) {
    const changed: string[] = [];
    if (commit === 0) {
      pages.forEach((page, index) => changed.push(`M 100644 inline articles/page-${index}.md\n${data(pageText(index, page))}`));
      includes.forEach((regions, index) => changed.push(`M 100644 inline articles/includes/shared-${index}.md\n${data(includeText(index, regions))}`));
    } else if (commit % 25 === 0) {
      const index = pick(includes.length);
      includes[index] = someRegions();
      changed.push(`M 100644 inline articles/includes/shared-${index}.md\n${data(includeText(index, includes[index]!))}`);
    } else {
      for (let n = 1 + pick(3); n > 0; n--) {
        const index = pick(pages.length);
        const row = pages[index]![pick(MODELS_PER_PAGE)]!;
        const region = pick(regionNames.length);
        const at = row.indexOf(region);
        if (at === -1) row.push(region);
        else if (row.length > 1) row.splice(at, 1);
        changed.push(`M 100644 inline articles/page-${index}.md\n${data(pageText(index, pages[index]!))}`);
      }
    }
    const message = commit === 0 ? 'Add the pages' : `Update ${changed.length} files`;
    out.push(`commit refs/heads/main\nauthor Docs <docs@example.com> ${day(commit)} +0000\ncommitter Docs <docs@example.com> ${day(commit)} +0000\n${data(message)}${commit > 0 ? '' : ''}${changed.join('')}\n`);
  }
  execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: out.join(''), maxBuffer: 1 << 30 });
}
