import data from '../../data/deployment-types.json' with { type: 'json' };

const names = new Map(data.types.map((type) => [type.id, type.name]));

/** The name a deployment type id is shown by ("Global Standard"); an id the data does not know is shown as written. */
export function deploymentTypeLabel(id: string): string {
  return names.get(id) ?? id;
}

/** The labels of a set of deployment type ids, in the data file's order, each once. */
export function deploymentTypeLabels(ids: Iterable<string | undefined>): string[] {
  const wanted = new Set([...ids].filter((id): id is string => id !== undefined));
  const known = data.types.filter((type) => wanted.has(type.id)).map((type) => type.name);
  const unknown = [...wanted].filter((id) => !names.has(id));
  return [...known, ...unknown];
}
