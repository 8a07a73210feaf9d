/** Reads a remembered list of ids (most recent first); storage may be unavailable (private mode, blocked). */
function recall(key: string): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts `id` first in the remembered list, keeping a few earlier choices for pages that lack it. */
export function remember(key: string, id: string): void {
  try {
    localStorage.setItem(key, JSON.stringify([id, ...recall(key).filter((item) => item !== id)].slice(0, 8)));
  } catch {
    // Not remembering is fine: the choice still applies to this page.
  }
}
