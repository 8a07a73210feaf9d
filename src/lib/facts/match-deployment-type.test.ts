import { describe, expect, test } from 'vitest';
import { deploymentTypes, matchDeploymentType } from './match-deployment-type.ts';

describe('matchDeploymentType', () => {
  test.each([
    ['Global Standard', 'global-standard'],
    ['**Global Standard** model availability', 'global-standard'],
    ['Provisioned managed deployments', 'provisioned'],
    ['Data Zone Standard', 'data-zone-standard'],
    ['Standard training regions', 'standard-training'],
    ['Global training', 'global-training'],
    ['global-batch', 'global-batch'],
    // Cell qualifiers: `East US (PTU)`, `Sweden Central (Global Provisioned Managed)`.
    ['PTU', 'provisioned'],
    ['Global Provisioned Managed', 'global-provisioned'],
    ['Data Zone', 'data-zone-standard'],
  ])('%s is %s', (label, id) => {
    expect(matchDeploymentType(label)?.id).toBe(id);
  });

  test.each(['Region availability', 'Models', 'Jais models', 'Standard deviation', ''])('%s names no type', (label) => {
    expect(matchDeploymentType(label)).toBeUndefined();
  });

  test('ids are unique slugs', () => {
    const ids = deploymentTypes.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
