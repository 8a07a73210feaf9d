import licensesData from '../../data/licenses.json' with { type: 'json' };

const licenses: Readonly<Record<string, string>> = licensesData.licenses;

/** Where a licence named in the site config is published (src/data/licenses.json), when it is known. */
export function licenseUrl(name: string): string | undefined {
  return licenses[name];
}
