import path from 'node:path';
import { expect, test } from 'vitest';
import { pivotGroupsFor } from './pivot-groups.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/pivot-groups');
const ids = (groups: { id: string; pivots: { id: string; title: string }[] }[]) => groups.map((g) => `${g.id}: ${g.pivots.map((p) => p.title).join(', ')}`);
const projectGroup = 'azure-ai-serverless-deployment: Foundry portal, Azure CLI, Python SDK, Bicep';

test("docfx.json's zone_pivot_group_filename names the set's file, relative to the set's root; the project's groups follow", () => {
  const groups = pivotGroupsFor(path.join(fixtures, 'named-by-docfx/articles'), 'how-to/page.md');
  expect(ids(groups)).toEqual(['languages: Python, C#', projectGroup]);
});

test("the front matter's zone_pivot_group_filename wins over docfx.json's", () => {
  const groups = pivotGroupsFor(path.join(fixtures, 'named-by-docfx/articles'), 'how-to/page.md', { zone_pivot_group_filename: 'no/such/file.json' });
  // A name that exists nowhere falls back to the search up the tree, which finds no file here.
  expect(ids(groups)).toEqual([projectGroup]);
});

test('without a name, the nearest zone-pivot-groups.yml up the tree; invalid groups are left out', () => {
  const groups = pivotGroupsFor(path.join(fixtures, 'nearest/docs'), 'sub/page.md');
  expect(ids(groups)).toEqual(['platforms: Linux', projectGroup]);
});

test("the corpus's install page gets the corpus's own groups, though its front matter names the published path", () => {
  const source = path.resolve('../shared/corpora/azure-docs-cli/docs-ref-conceptual/Latest-version');
  const groups = pivotGroupsFor(source, 'install-azure-cli-linux.md', { zone_pivot_group_filename: 'azure/zone-pivot-groups.json' });
  expect(ids(groups).find((g) => g.startsWith('cli-linux-installation-method'))).toBe(
    'cli-linux-installation-method: apt (Ubuntu, Debian), dnf (RHEL, CentOS), tdnf (Azure Linux), zypper (openSUSE, SLES)',
  );
});

test("the seeds get the project's file", () => {
  expect(ids(pivotGroupsFor('content', 'azure-ai-docs/articles/ai-foundry/how-to/deploy-models-serverless.md'))).toEqual([projectGroup]);
});
