import { SCHEMA_VERSION, type Availability, type Dataset, type Model, type Offer, type Provider, type Region } from '../src/lib/facts/dataset-schema.ts';
import type { Diagnostic } from '../src/lib/diagnostics/diagnostic.ts';
import { slugifyName as slug } from '../src/lib/facts/slugify-name.ts';
import { seededRandom } from './seeded-random.ts';

export interface SyntheticOptions {
  /** Number of model rows (default: `500`). */
  models?: number;
  /** Number of regions (default: `100`). */
  regions?: number;
  /** PRNG seed; the same seed gives the same dataset (default: `1`). */
  seed?: number;
}

/** Real region names first, so search tests read the same on synthetic and real data. */
const REGION_POOL: Record<Provider, [code: string, name: string, geography: string][]> = {
  azure: [
    ['eastus', 'East US', 'United States'],
    ['eastus2', 'East US 2', 'United States'],
    ['northcentralus', 'North Central US', 'United States'],
    ['southcentralus', 'South Central US', 'United States'],
    ['swedencentral', 'Sweden Central', 'Europe'],
    ['westus', 'West US', 'United States'],
    ['westus3', 'West US 3', 'United States'],
    ['westeurope', 'West Europe', 'Europe'],
    ['francecentral', 'France Central', 'Europe'],
    ['japaneast', 'Japan East', 'Asia Pacific'],
    ['australiaeast', 'Australia East', 'Asia Pacific'],
    ['canadacentral', 'Canada Central', 'Canada'],
    ['brazilsouth', 'Brazil South', 'South America'],
    ['uaenorth', 'UAE North', 'Middle East'],
  ],
  'google-cloud': [
    ['us-east5', 'Columbus, Ohio', 'United States'],
    ['us-south1', 'Dallas, Texas', 'United States'],
    ['us-central1', 'Iowa', 'United States'],
    ['us-west4', 'Las Vegas, Nevada', 'United States'],
    ['us-east1', 'Moncks Corner, South Carolina', 'United States'],
    ['us-east4', 'Northern Virginia', 'United States'],
    ['us-west1', 'Oregon', 'United States'],
    ['northamerica-northeast1', 'Montréal', 'Canada'],
    ['southamerica-east1', 'São Paulo', 'South America'],
    ['europe-west1', 'Belgium', 'Europe'],
    ['europe-west4', 'Netherlands', 'Europe'],
    ['europe-west9', 'Paris', 'Europe'],
    ['asia-northeast1', 'Tokyo', 'Asia Pacific'],
    ['asia-southeast1', 'Singapore', 'Asia Pacific'],
    ['me-central2', 'Dammam', 'Middle East'],
    ['global', 'Global', 'Global'],
  ],
};

const GEOGRAPHIES = ['United States', 'Europe', 'Asia Pacific', 'Canada', 'South America', 'Middle East'];

/** Well-known models first (same reason as the regions), then generated ones. */
const MODEL_POOL: Record<Provider, { name: string; modelIds: string[]; publisher: string; family: string; scope?: 'family'; preview?: boolean }[]> = {
  azure: [
    { name: 'Cohere Command R', modelIds: [], publisher: 'Cohere', family: 'Cohere' },
    { name: 'Cohere Command R+', modelIds: [], publisher: 'Cohere', family: 'Cohere' },
    { name: 'Cohere Rerank 3', modelIds: [], publisher: 'Cohere', family: 'Cohere' },
    { name: 'Jais', modelIds: [], publisher: 'Core42', family: 'Jais', scope: 'family' },
    { name: 'Meta Llama', modelIds: [], publisher: 'Meta', family: 'Meta Llama', scope: 'family' },
    { name: 'Phi-3', modelIds: [], publisher: 'Microsoft', family: 'Phi-3', scope: 'family' },
    { name: 'Mistral', modelIds: [], publisher: 'Mistral AI', family: 'Mistral', scope: 'family' },
    { name: 'Nixtla', modelIds: [], publisher: 'Nixtla', family: 'Nixtla', scope: 'family' },
  ],
  'google-cloud': [
    { name: 'Gemini 2.0 Flash', modelIds: ['gemini-2.0-flash-001'], publisher: 'Google', family: 'Gemini' },
    { name: 'Gemini 2.0 Flash-Lite', modelIds: ['gemini-2.0-flash-lite-001'], publisher: 'Google', family: 'Gemini' },
    { name: 'Gemini 2.5 Pro', modelIds: ['gemini-2.5-pro-preview-05-06'], publisher: 'Google', family: 'Gemini', preview: true },
    { name: 'Imagen 2', modelIds: ['imagegeneration@005'], publisher: 'Google', family: 'Imagen' },
    { name: "Anthropic's Claude 3.5 Sonnet", modelIds: [], publisher: 'Anthropic', family: 'Claude' },
    { name: 'Llama 3.1 405B', modelIds: [], publisher: 'Meta', family: 'Llama' },
    { name: 'Llama 3.3 70B', modelIds: [], publisher: 'Meta', family: 'Llama', preview: true },
    { name: 'Mistral Large', modelIds: [], publisher: 'Mistral AI', family: 'Mistral' },
    { name: 'Jamba 1.5 Mini', modelIds: [], publisher: 'AI21 Labs', family: 'Jamba', preview: true },
  ],
};

/** Families the generator draws further models from: [family, publisher, model id stem or null]. */
const FAMILY_POOL: Record<Provider, [string, string, string | null][]> = {
  azure: [
    ['Cohere Command', 'Cohere', null],
    ['Phi', 'Microsoft', 'phi'],
    ['Meta Llama', 'Meta', 'meta-llama'],
    ['Mistral', 'Mistral AI', 'mistral'],
    ['Jais', 'Core42', 'jais'],
    ['TimeGEN', 'Nixtla', 'timegen'],
  ],
  'google-cloud': [
    ['Gemini', 'Google', 'gemini'],
    ['Imagen', 'Google', 'imagen'],
    ['Claude', 'Anthropic', 'claude'],
    ['Llama', 'Meta', 'llama'],
    ['Mistral', 'Mistral AI', 'mistral'],
    ['Jamba', 'AI21 Labs', 'jamba'],
  ],
};

const VARIANTS = ['Flash', 'Pro', 'Mini', 'Large', 'Small', 'Nano', 'Vision', 'Instruct'];
const MARKETS = ['Microsoft Managed Countries', 'Japan', 'Qatar', 'United States', 'European Union'];

/** Sources of their own: the facts are made up, so no page of the real documentation is cited for them. */
const SOURCES: Dataset['sources'] = (['azure', 'google-cloud'] as const).map((provider) => ({
  id: `synthetic-${provider}`,
  path: `synthetic/${provider}.md`,
  article: `synthetic/${provider}.md`,
  title: `Generated ${provider === 'azure' ? 'Azure' : 'Google Cloud'} availability (benchmark data)`,
  product: null,
  provider,
  date: '2025-01-01',
}));
const sourceOf = (provider: Provider) => SOURCES[provider === 'azure' ? 0 : 1]!;

function makeRegions(count: number): Region[] {
  const regions: Region[] = [];
  const azureCount = Math.round(count * 0.4);
  for (const provider of ['azure', 'google-cloud'] as const) {
    const wanted = provider === 'azure' ? azureCount : count - azureCount;
    const pool = REGION_POOL[provider];
    for (let index = 0; index < wanted; index++) {
      const known = pool[index];
      const geography = known?.[2] ?? GEOGRAPHIES[index % GEOGRAPHIES.length]!;
      const code = known?.[0] ?? (provider === 'azure' ? `${slug(geography).replaceAll('-', '')}${index}` : `${slug(geography)}-zone${index}`);
      const name = known?.[1] ?? `${geography} ${index}`;
      regions.push({ id: `${provider}-${code}`, provider, name, code, geography });
    }
  }
  return regions;
}

function makeModels(count: number, next: () => number): Model[] {
  const models: Model[] = [];
  const azureCount = Math.round(count * 0.3);
  for (const provider of ['azure', 'google-cloud'] as const) {
    const wanted = provider === 'azure' ? azureCount : count - azureCount;
    const families = FAMILY_POOL[provider];
    for (let index = 0; index < wanted; index++) {
      const known = MODEL_POOL[provider][index];
      if (known) {
        const model: Model = { id: `${provider}-${slug(known.name)}`, provider, name: known.name, modelIds: known.modelIds, scope: known.scope ?? 'model', publisher: known.publisher, publisherId: slug(known.publisher), family: known.family };
        if (known.preview) model.preview = true;
        models.push(model);
        continue;
      }
      const [family, publisher, stem] = families[index % families.length]!;
      const version = `${1 + (index % 7)}.${index % 3}`;
      const variant = VARIANTS[Math.floor(index / families.length) % VARIANTS.length]!;
      const name = `${family} ${version} ${variant} ${index}`;
      const modelIds = stem ? [`${stem}-${version}-${slug(variant)}-${String(index).padStart(3, '0')}`] : [];
      const model: Model = { id: `${provider}-${slug(name)}`, provider, name, modelIds, scope: 'model', publisher, publisherId: slug(publisher), family };
      if (next() < 0.15) model.preview = true;
      models.push(model);
    }
  }
  return models;
}

/**
 * A dataset valid against the schema, of any size, for building the site at
 * 500 models × 100 regions: both providers, geographies, families, previews,
 * offers and a few diagnostics. Same options, same output.
 */
export function syntheticDataset(options: SyntheticOptions = {}): Dataset {
  const next = seededRandom(options.seed ?? 1);
  const regions = makeRegions(options.regions ?? 100);
  const models = makeModels(options.models ?? 500, next);
  const availability: Availability[] = [];
  const offers: Offer[] = [];
  let line = 30;
  for (const model of models) {
    const source = sourceOf(model.provider).id;
    line += 1;
    const own = regions.filter((region) => region.provider === model.provider);
    // Some models run almost everywhere, most in a handful of regions.
    const reach = next() < 0.3 ? 0.9 : 0.25;
    for (const region of own) {
      if (next() < reach) availability.push({ model: model.id, region: region.id, capability: 'deployment', source, line });
      if (next() < 0.06) availability.push({ model: model.id, region: region.id, capability: 'fine-tuning', source, line });
    }
    if (model.provider === 'azure') {
      for (const market of MARKETS) if (next() < 0.5) offers.push({ model: model.id, market, source, line });
    }
  }
  const diagnostics: Diagnostic[] = [
    { severity: 'warning', rule: 'table-empty-model-cell', source: SOURCES[0]!.path, line: 62, column: 1, message: 'Model cell empty; the row names the family `Jais`' },
    { severity: 'warning', rule: 'table-row-short', source: SOURCES[1]!.path, line: 229, message: 'Row has 2 of 8 cells; the missing 6 read as not available' },
    { severity: 'warning', rule: 'region-unknown', source: SOURCES[1]!.path, line: 120, column: 5, message: 'Unknown google-cloud region `Atlantis` (not in src/data/regions/google-cloud.json); no deployment fact' },
  ];
  return { schemaVersion: SCHEMA_VERSION, sources: SOURCES, regions, models, availability, offers, diagnostics };
}
