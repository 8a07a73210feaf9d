import data from '../../data/deployment-types.json' with { type: 'json' };

const names = new Map(data.types.map((type) => [type.id, type.name]));

/** The labels of a set of deployment type ids ("Global Standard"), in the data file's order, each once; an id the data does not know is shown as written. */
export function deploymentTypeLabels(ids: Iterable<string | undefined>): string[] {
  const wanted = new Set([...ids].filter((id): id is string => id !== undefined));
  const known = data.types.filter((type) => wanted.has(type.id)).map((type) => type.name);
  const unknown = [...wanted].filter((id) => !names.has(id));
  return [...known, ...unknown];
}
