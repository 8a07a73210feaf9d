/**
 * A deterministic synthetic documentation set for the extraction benchmark:
 * Learn-like and Google-like pages with prose, code, lists, tables left alone
 * and availability tables of both shapes, broken in every way the extractor
 * repairs (rows over several lines, missing pipes, empty model cells, several
 * models per cell, short, over-long and empty rows, lost parentheses, every
 * mark, links in cells, unknown regions, block includes), and Azure OpenAI's
 * shapes: transposed region × model matrices in tab groups inside includes,
 * Model / Version / Region tables and training tables with mark columns, with
 * regions written as `<br>` and bullet lists, commas, `&` and qualifiers.
 */

import { seededRandom } from './seeded-random.ts';

export interface CorpusFile {
  path: string;
  text: string;
}

const AZURE_REGIONS = ['East US', 'East US 2', 'North Central US', 'South Central US', 'Sweden Central', 'West US', 'West US 3', 'France Central', 'Japan East', 'Atlantis North'];
const GOOGLE_REGIONS = ['Columbus, Ohio (us-east5)', 'Iowa (us-central1)', 'Oregon (us-west1)', 'Belgium (europe-west1)', 'Netherlands (europe-west4)', 'Tokyo, Japan (asia-northeast1)', 'Global (global)', 'Atlantis (atlantis-1)'];
const MODELS = ['Cohere Command R', 'Cohere Command R+', 'Gemini 2.0 Flash (`gemini-2.0-flash-001`)', "Anthropic's Claude 3.7 Sonnet", 'Llama 3.3 70B (Preview)', 'Imagen 3 `imagen-3.0-generate-002`)', 'Mistral Large', 'Jamba 1.5 Mini (Preview)', 'Codestral<br>Mistral Nemo', 'Phi-3 mini', ''];
const MARKS = ['✔', '✔', '✔', '✔️', '✅', 'Yes', '', '', '', 'Not available', 'Not applicable'];
const TRANSPOSED_MODELS = ['**gpt-4o**, **2024-08-06**', '**gpt-4o-mini**, **2024-07-18**', '**o1**, **2024-12-17**', '**gpt-4.1**, **2025-04-14**', '**o3-mini**, **2025-01-31**'];
const REGION_CODES = ['australiaeast', 'eastus2', 'swedencentral', 'westus3', 'japaneast', 'uksouth', 'usgovarizona', 'atlantis'];
const TRANSPOSED_MARKS = ['✅', '✅', '✅', '-', '-', '', '**&check;**', 'unavailable'];
const WRITTEN_REGIONS = ['East US, West US 3', 'Australia East & Sweden Central (Global Standard), Japan East (Provisioned)', '- East US<br>- France Central', '- East US\n- West US\n- Sweden Central', 'EastUS2 <br> usgovvirginia', 'See [Global Standard model availability](#global-standard)', 'North Central US (preview)', '-'];
const WORDS = 'model region deploy endpoint quota subscription billing serverless catalog project hub resource key token request latency throughput'.split(' ');

export function generateCorpus(documents = 1000, seed = 20240521): CorpusFile[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...list].sort(() => next() - 0.5).slice(0, count);
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, () => pick(WORDS));
    if (next() < 0.3) words.push(`[the ${pick(WORDS)} guide](../${pick(WORDS)}.md)`);
    if (next() < 0.3) words.push(`\`${pick(WORDS)}-${Math.floor(next() * 100)}\``);
    return words.join(' ') + '.';
  };
  const prose = () => Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' ');

  const regionList = (regions: string[]) => regions.join(' <br>\n');
  const listTable = (): string[] => {
    const lines = ['| Model | Offer Availability Region | Hub/Project Region for Deployment | Hub/Project Region for Fine tuning |', '| --- | --- | --- | --- |'];
    for (let row = 0; row < 2 + Math.floor(next() * 5); row++) {
      const model = pick(MODELS);
      const offer = pick(['[Microsoft Managed Countries](/partner-center/marketplace)\n<br> \n Japan <br>\nQatar', 'Japan <br> Qatar', 'Not available']);
      const deploy = next() < 0.15 ? 'Not available' : regionList(some(AZURE_REGIONS, 1, 7));
      const tune = next() < 0.6 ? 'Not available' : regionList(some(AZURE_REGIONS, 1, 3));
      let text = `|${model} | ${offer} | ${deploy} | ${tune} |`;
      if (next() < 0.2) text = text.slice(1);
      if (next() < 0.2) text = text.replace(/\|$/, '');
      lines.push(...text.split('\n'));
    }
    return lines;
  };
  const matrixTable = (): string[] => {
    const regions = some(GOOGLE_REGIONS, 1, 7);
    const lines = [`| | ${regions.join(' | ')} |`, `| --- | ${regions.map(() => '---').join(' | ')} |`];
    for (let row = 0; row < 4 + Math.floor(next() * 12); row++) {
      const model = pick(MODELS.filter((name) => name !== ''));
      let cells = regions.map(() => pick(MARKS));
      const shape = next();
      if (shape < 0.1) cells = cells.slice(0, Math.floor(next() * cells.length));
      else if (shape < 0.15) cells = [...cells, '', pick(MARKS)];
      else if (shape < 0.18) cells = [];
      lines.push(cells.length === 0 ? `| ${model} |` : `| ${model} | ${cells.join(' | ')} |`);
    }
    return lines;
  };
  const transposedTable = (): string[] => {
    const models = some(TRANSPOSED_MODELS, 1, 5);
    const lines = [`| **Region** | ${models.join(' | ')} |`, `|:---|${models.map(() => ':---:').join('|')}|`];
    for (const region of some(REGION_CODES, 3, 8)) lines.push(`| ${region} | ${models.map(() => pick(TRANSPOSED_MARKS)).join(' | ')} |`);
    return lines;
  };
  const versionTable = (): string[] => {
    const lines = ['| Model | Version | Region |', '| --- | --- | --- |'];
    for (let row = 0; row < 2 + Math.floor(next() * 4); row++) {
      lines.push(...`| ${pick(['gpt-4', 'gpt-35-turbo<sup>1</sup>', 'text-embedding-ada-002<br>**Display name**: Ada v2'])} | ${pick(['0613', '0125<br>1106', '2024-05-13'])} | ${pick(WRITTEN_REGIONS)} |`.split('\n'));
    }
    return lines;
  };
  const trainingTable = (): string[] => {
    const lines = ['| Model ID | Standard training regions | Global training | Max request (tokens) |', '| --- | --- | --- | --- |'];
    for (let row = 0; row < 2 + Math.floor(next() * 3); row++) {
      lines.push(...`| \`${pick(['gpt-4o', 'gpt-4o-mini', 'gpt-4.1'])}\` (${pick(['2024-08-06', '2024-07-18', '2025-04-14'])}) | ${pick(WRITTEN_REGIONS)} | ${pick(['✅', '-'])} | 16,384 |`.split('\n'));
    }
    return lines;
  };
  const otherTable = () => ['| Parameter | Value |', '| --- | --- |', ...Array.from({ length: 3 }, () => `| ${pick(WORDS)} | ${sentence()} |`)];

  const files: CorpusFile[] = [];
  const includes = 40;
  for (let index = 0; index < includes; index++) {
    files.push({ path: `includes/region-${index}.md`, text: ['---', 'ms.topic: include', '---', '', `### ${pick(['Jais', 'Nixtla', 'Mistral'])} models`, '', ...listTable(), ''].join('\n') });
  }
  const matrices = 20;
  for (let index = 0; index < matrices; index++) {
    files.push({ path: `includes/model-matrix/matrix-${index}.md`, text: ['---', 'ms.topic: include', '---', '', ...transposedTable(), ''].join('\n') });
  }
  for (let index = 0; index < documents; index++) {
    const google = next() < 0.5;
    const body: string[] = [];
    const front = google ? ['---', `title: Locations ${index}`, 'date_scraped: 2025-05-12', '---'] : ['---', `title: Region availability ${index}`, 'titleSuffix: Azure AI Foundry', `ms.date: ${1 + (index % 12)}/21/2024`, 'ms.topic: how-to', 'author: someone', '---'];
    body.push('', `# Page ${index}`, '', prose(), '', '## Before you begin', '', prose(), '', `- ${sentence()}`, `- ${sentence()}`, '', '```python', `client = connect("${pick(WORDS)}")`, 'print(client.models())', '```', '');
    for (let section = 0; section < 2 + Math.floor(next() * 3); section++) {
      body.push(`### ${google ? pick(['United States', 'Europe', 'Asia Pacific']) : `${pick(['Cohere', 'Jais', 'Meta Llama', 'Mistral'])} models`}`, '', prose(), '');
      body.push(...(google ? matrixTable() : listTable()), '', prose(), '');
    }
    if (next() < 0.2) body.push(`[!INCLUDE [regions](../includes/region-${index % includes}.md)]`, '');
    if (!google && next() < 0.4) {
      for (const [tab, id] of [['Global Standard', 'global-standard'], ['Provisioned', 'provisioned']]) {
        body.push(`# [${tab}](#tab/${id})`, '', `[!INCLUDE [${tab}](../includes/model-matrix/matrix-${Math.floor(next() * matrices)}.md)]`, '');
      }
      body.push('---', '', ...versionTable(), '', ...trainingTable(), '');
    }
    body.push(...otherTable(), '', '## Next steps', '', prose(), '');
    files.push({ path: `${google ? 'google' : 'azure'}/page-${String(index).padStart(4, '0')}.md`, text: [...front, ...body].join('\n') });
  }
  return files;
}
