/**
 * A stable lowercase slug of a name or model id: `+` reads as `plus`
 * ("Command R+" is not "Command R"), accents are dropped, every other run of
 * non-alphanumerics becomes one hyphen (`imagen-3.0-generate-001` →
 * `imagen-3-0-generate-001`, `imagegeneration@005` → `imagegeneration-005`).
 */
export function slugifyName(text: string): string {
  return text
    .replace(/\+/g, ' plus ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
