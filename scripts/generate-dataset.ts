/**
 * Writes a synthetic dataset for large builds and benchmarks:
 *   tsx scripts/generate-dataset.ts --models 500 --regions 100 --seed 1 --out /tmp/dataset-500x100.json
 * Build the site from it with `DATASET_FILE=/tmp/dataset-500x100.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema } from '../src/lib/facts/dataset-schema.ts';
import { syntheticDataset } from '../bench/synthetic-dataset.ts';

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '500' },
    regions: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'test-results/dataset-500x100.json' },
  },
});

const dataset = datasetSchema.parse(syntheticDataset({ models: Number(values.models), regions: Number(values.regions), seed: Number(values.seed) }));
const out = path.resolve(values.out);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
console.log(`${out}: ${dataset.models.length} models, ${dataset.regions.length} regions, ${dataset.availability.length} facts`);
