import publishersData from '../../data/publishers.json' with { type: 'json' };

export interface PublisherMatch {
  /** The publisher's display name ("Mistral AI"). */
  publisher: string;
  publisherId: string;
  /** The family named in the model's name ("Codestral"). */
  family: string;
  /** The name without the publisher's possessive prefix ("Claude 3.7 Sonnet"). */
  name: string;
}

interface PublisherEntry {
  id: string;
  name: string;
  families: string[];
  possessive?: string;
}

const publishers: readonly PublisherEntry[] = publishersData.publishers;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every family of every publisher, longest first, so "Phi-3" wins over a shorter family inside it. */
const families = publishers
  .flatMap((entry) => entry.families.map((family) => ({ entry, family, pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(family)}(?![\\p{L}\\p{N}])`, 'iu') })))
  .sort((a, b) => b.family.length - a.family.length);

/**
 * Finds who publishes a model from the families named in src/data/publishers.json.
 * A possessive prefix ("Anthropic's Claude 3.7 Sonnet") is dropped from the
 * display name when it belongs to the matched publisher.
 */
export function matchPublisher(name: string): PublisherMatch | undefined {
  const found = families.find(({ pattern }) => pattern.test(name));
  if (!found) return undefined;
  const { entry, family } = found;
  let display = name;
  const possessive = entry.possessive ? `${entry.possessive} ` : undefined;
  // Sources write the apostrophe straight or curly.
  if (possessive && display.replace(/\u2019/g, "'").toLowerCase().startsWith(possessive.toLowerCase()) && display.length > possessive.length) {
    display = display.slice(possessive.length).trim();
  }
  return { publisher: entry.name, publisherId: entry.id, family, name: display };
}
