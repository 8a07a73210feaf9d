import data from '../../data/deployment-types.json' with { type: 'json' };

export interface DeploymentType {
  id: string;
  name: string;
  aliases: string[];
}

/** The deployment types kept as data, in the file's order. */
export const deploymentTypes: readonly DeploymentType[] = data.types;

/** Words a label may carry around the type's own name ("Global Standard model availability"). */
const TRAILING_WORDS = /(?:\s+(?:deployments?|deployment types?|types?|model|models|availability|regions?|locations?|only|sku))+$/;

function labelKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(TRAILING_WORDS, '')
    .trim();
}

const byLabel = new Map<string, DeploymentType>();
for (const type of deploymentTypes) for (const label of [type.name, ...type.aliases]) byLabel.set(labelKey(label), type);

/**
 * The deployment type a tab label, heading, column header or cell qualifier
 * names ("Global Standard", "Provisioned managed deployments", "Standard
 * training regions"), or `undefined` when it names none.
 */
export function matchDeploymentType(label: string): DeploymentType | undefined {
  return byLabel.get(labelKey(label));
}
