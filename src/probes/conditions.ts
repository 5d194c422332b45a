import type { Condition } from './types.ts';

/** Builders that keep every condition in the `name (observed) op expected` shape operators read. */

export function check(name: string, ok: boolean, observed: string, op: string, expected: string): Condition {
  return op === '==' ? { name, ok, observed, expected } : { name, ok, observed, expected, op };
}

export function equals(name: string, observed: string, expected: string): Condition {
  return check(name, observed === expected, observed, '==', expected);
}

export function oneOf(name: string, observed: number | string, allowed: readonly (number | string)[]): Condition {
  if (allowed.length === 1) return equals(name, String(observed), String(allowed[0]));
  return check(name, allowed.includes(observed), String(observed), 'in', allowed.join(', '));
}

export function atLeast(name: string, observed: number, minimum: number, unit = ''): Condition {
  return check(name, observed >= minimum, `${observed}${unit}`, '>=', `${minimum}${unit}`);
}

export function atMost(name: string, observed: number, maximum: number, unit = ''): Condition {
  return check(name, observed <= maximum, `${observed}${unit}`, '<=', `${maximum}${unit}`);
}

/** JSON text for values shown inside a condition, so `"ok"` and `ok` (a string and a bare word) differ. */
export function show(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
