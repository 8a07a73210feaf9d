import type { Dataset } from '../facts/dataset-schema.ts';
import { providerLabels } from './provider-label.ts';

export const csvColumns = ['provider', 'model', 'model_ids', 'region', 'region_code', 'geography', 'capability', 'deployment_type', 'source', 'date', 'line'] as const;

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, a tab, a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: quote a field holding a comma, quote or line break, doubling its
 * quotes. A text field that a spreadsheet would run as a formula gets a
 * leading `'`, which spreadsheets show as text; numbers are written as they are.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV row per availability fact; model ids are joined with a space. */
export function availabilityCsv(dataset: Dataset): string {
  const models = new Map(dataset.models.map((model) => [model.id, model]));
  const regions = new Map(dataset.regions.map((region) => [region.id, region]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const lines = [csvColumns.join(',')];
  for (const fact of dataset.availability) {
    const model = models.get(fact.model)!;
    const region = regions.get(fact.region)!;
    const source = sources.get(fact.source)!;
    const row = [
      providerLabels[model.provider],
      model.name,
      model.modelIds.join(' '),
      region.name,
      region.code,
      region.geography,
      fact.capability,
      fact.deploymentType ?? '',
      source.path,
      source.date ?? '',
      fact.line,
    ];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
