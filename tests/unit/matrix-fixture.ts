import { SCHEMA_VERSION, type Dataset } from '../../src/lib/facts/dataset-schema.ts';

/**
 * A matrix small enough to reason about by hand:
 *
 *                    eastus   swedencentral   us-east5   europe-west4
 *   Cohere Command R+   D          D+F          (eastus also as Global Standard and Provisioned)
 *   Mistral (Azure)                D
 *   Gemini 2.0 Flash                            D            D
 *   Mistral Large                               D
 *   Llama 3.3 70B (preview)                                  F
 */
export function fixtureDataset(): Dataset {
  const azure = 'azure-availability';
  const google = 'google-locations';
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [
      { id: azure, path: 'azure/availability.md', article: 'azure/availability.md', title: 'Azure availability', product: 'Azure AI Studio', provider: 'azure', date: '2024-05-21', url: 'https://learn.microsoft.com/azure/availability' },
      { id: google, path: 'google/locations.md', article: 'google/locations.md', title: 'Google locations, "quoted"', product: 'Vertex AI', provider: 'google-cloud', date: null },
    ],
    regions: [
      { id: 'azure-eastus', provider: 'azure', name: 'East US', code: 'eastus', geography: 'United States' },
      { id: 'azure-swedencentral', provider: 'azure', name: 'Sweden Central', code: 'swedencentral', geography: 'Europe' },
      { id: 'google-cloud-us-east5', provider: 'google-cloud', name: 'Columbus, Ohio', code: 'us-east5', geography: 'United States' },
      { id: 'google-cloud-europe-west4', provider: 'google-cloud', name: 'Netherlands', code: 'europe-west4', geography: 'Europe' },
    ],
    models: [
      { id: 'azure-cohere-command-r-plus', provider: 'azure', name: 'Cohere Command R+', modelIds: [], scope: 'model', publisher: 'Cohere', family: 'Cohere' },
      { id: 'azure-mistral', provider: 'azure', name: 'Mistral', modelIds: [], scope: 'family', publisher: 'Mistral AI', publisherId: 'mistral-ai', family: 'Mistral' },
      { id: 'google-cloud-gemini-2-0-flash', provider: 'google-cloud', name: 'Gemini 2.0 Flash', modelIds: ['gemini-2.0-flash-001'], scope: 'model', publisher: 'Google' },
      { id: 'google-cloud-mistral-large', provider: 'google-cloud', name: 'Mistral Large', modelIds: [], scope: 'model', publisher: 'Mistral AI', publisherId: 'mistral-ai' },
      { id: 'google-cloud-llama-3-3-70b', provider: 'google-cloud', name: 'Llama 3.3 70B', modelIds: [], scope: 'model', publisher: 'Meta', preview: true },
    ],
    availability: [
      { model: 'azure-cohere-command-r-plus', region: 'azure-eastus', capability: 'deployment', source: azure, line: 40 },
      { model: 'azure-cohere-command-r-plus', region: 'azure-eastus', capability: 'deployment', deploymentType: 'provisioned', source: azure, line: 52 },
      { model: 'azure-cohere-command-r-plus', region: 'azure-eastus', capability: 'deployment', deploymentType: 'global-standard', source: azure, line: 51 },
      { model: 'azure-cohere-command-r-plus', region: 'azure-swedencentral', capability: 'deployment', source: azure, line: 40 },
      { model: 'azure-cohere-command-r-plus', region: 'azure-swedencentral', capability: 'fine-tuning', source: azure, line: 41 },
      { model: 'azure-mistral', region: 'azure-swedencentral', capability: 'deployment', source: azure, line: 7, file: 'azure/includes/mistral.md' },
      { model: 'google-cloud-gemini-2-0-flash', region: 'google-cloud-us-east5', capability: 'deployment', source: google, line: 80 },
      { model: 'google-cloud-gemini-2-0-flash', region: 'google-cloud-europe-west4', capability: 'deployment', source: google, line: 140 },
      { model: 'google-cloud-mistral-large', region: 'google-cloud-us-east5', capability: 'deployment', source: google, line: 240 },
      { model: 'google-cloud-llama-3-3-70b', region: 'google-cloud-europe-west4', capability: 'fine-tuning', source: google, line: 260 },
    ],
    offers: [{ model: 'azure-cohere-command-r-plus', market: 'Japan', source: azure, line: 39 }],
    diagnostics: [
      { severity: 'warning', rule: 'table-row-short', source: 'google/locations.md', line: 229, message: 'Row has 2 of 8 cells; the missing 6 read as not available' },
      { severity: 'error', rule: 'include-outside-content', source: 'azure/includes/region.md', line: 3, column: 1, message: 'Include `../../x.md` points outside the content folder; not read' },
      { severity: 'info', rule: 'provider-inferred', source: 'google/locations.md', line: 12, message: 'No source names a provider; this table is google-cloud\'s' },
    ],
  };
}
