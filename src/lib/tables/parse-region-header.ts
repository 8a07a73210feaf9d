export interface RegionHeader {
  /** The place as written ("Columbus, Ohio"). */
  name: string;
  /** The region code in the parentheses ("us-east5"). */
  code: string;
}

/** `City, Country (code)`; the code is a lowercase location id such as `us-east5`, `westus3` or `global`. */
const REGION_HEADER = /^(.*?)\s*\(\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\s*\)$/;

/** Reads a matrix column header `Columbus, Ohio (us-east5)` as name + code. */
export function parseRegionHeader(text: string): RegionHeader | undefined {
  const match = REGION_HEADER.exec(text.replace(/\*\*|__/g, '').trim());
  if (!match) return undefined;
  const code = match[2]!;
  return { name: match[1]!.trim() || code, code };
}
