import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBench, runBuildBench } from '../bench/build/run-bench.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/azure-docs-cli/docs-ref-conceptual/Latest-version' },
    work: { type: 'string', default: '.cache/bench-build' },
    sizes: { type: 'string', default: '500,2000' },
  },
});
const results = runBuildBench(
  { repo: process.cwd(), corpus: path.resolve(values.corpus), work: path.resolve(values.work), sizes: values.sizes.split(',').map(Number) },
  (line) => process.stderr.write(`${line}\n`),
);
process.stdout.write(`${formatBench(results).join('\n')}\n`);
