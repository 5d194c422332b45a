import { randomBytes } from 'node:crypto';

/** Short, URL-safe, sortable-enough ids; they travel in button values, so they should stay small. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(6).toString('hex')}`;
}
