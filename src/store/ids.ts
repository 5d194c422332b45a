import { randomBytes } from 'node:crypto';

let sequence = 0;

/**
 * Short, URL-safe ids that sort by creation within a process (time, then a counter, then randomness), so jobs
 * written in one transaction are claimed in the order they were written. They travel in button values: small.
 */
export function newId(prefix: string): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `${prefix}_${Date.now().toString(36)}${sequence.toString(36).padStart(4, '0')}${randomBytes(4).toString('hex')}`;
}
