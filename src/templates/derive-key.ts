/** Keys in templates: lowercase letters, digits and dashes, at most 63 characters (see ZKey in domain/template.ts). */
const MAX_BASE_LENGTH = 48;

/**
 * A readable key from free text: `Health check endpoint is working: /health` → `health-check-endpoint-is-working-health`.
 * Cut at a word boundary so keys stay stable when only the tail of a long text changes.
 */
export function deriveKey(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return fallback;
  if (slug.length <= MAX_BASE_LENGTH) return slug;
  const cut = slug.slice(0, MAX_BASE_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_BASE_LENGTH)).replace(/-+$/, '');
}

/** Hands out unique keys in the order asked: the second `backup` becomes `backup-2`, the third `backup-3`. */
export class KeyAllocator {
  readonly #used = new Set<string>();

  allocate(base: string): string {
    let key = base;
    for (let n = 2; this.#used.has(key); n++) key = `${base}-${n}`;
    this.#used.add(key);
    return key;
  }
}
