import type { Severity } from '../diagnostics/diagnostic.ts';
import type { Extraction } from './extract-dataset.ts';

export interface ExtractionSummary {
  sources: number;
  tables: { availability: number; other: number };
  models: number;
  regions: number;
  facts: { deployment: number; 'fine-tuning': number };
  offers: number;
  diagnostics: Record<Severity, number>;
}

/** The figures the extractor prints: what was read, and how many problems of each severity. */
export function summarizeExtraction({ dataset, documents }: Extraction): ExtractionSummary {
  const tables = documents.flatMap((document) => document.tables);
  const availability = tables.filter((table) => table.shape !== 'other').length;
  const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;
  return {
    sources: dataset.sources.length,
    tables: { availability, other: tables.length - availability },
    models: dataset.models.length,
    regions: dataset.regions.length,
    facts: {
      deployment: count(dataset.availability, (fact) => fact.capability === 'deployment'),
      'fine-tuning': count(dataset.availability, (fact) => fact.capability === 'fine-tuning'),
    },
    offers: dataset.offers.length,
    diagnostics: {
      error: count(dataset.diagnostics, (d) => d.severity === 'error'),
      warning: count(dataset.diagnostics, (d) => d.severity === 'warning'),
      info: count(dataset.diagnostics, (d) => d.severity === 'info'),
    },
  };
}

/** The summary as the lines `--format text` prints. */
export function formatSummary(summary: ExtractionSummary): string[] {
  const { tables, facts, diagnostics } = summary;
  return [
    `sources      ${summary.sources}`,
    `tables       ${tables.availability} availability, ${tables.other} other`,
    `models       ${summary.models}`,
    `regions      ${summary.regions}`,
    `facts        ${facts.deployment + facts['fine-tuning']} (${facts.deployment} deployment, ${facts['fine-tuning']} fine-tuning), ${summary.offers} offers`,
    `diagnostics  ${diagnostics.error} errors, ${diagnostics.warning} warnings, ${diagnostics.info} info`,
  ];
}
