import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from '../../src/errors.ts';
import { cloneableLogData, fromWireError, toWireError } from '../../src/runtime/core-protocol.ts';
import { SharedClock } from '../../src/runtime/shared-clock.ts';

describe('errors across the core thread boundary', () => {
  it('keeps an AppError known: code, user message and the stack where it was thrown', () => {
    const original = new AppError('busy', { message: 'deployment dep_1 busy', userMessage: 'Please try again.' });
    const back = fromWireError(structuredClone(toWireError(original)));
    expect(isAppError(back)).toBe(true);
    expect(back).toMatchObject({ code: 'busy', userMessage: 'Please try again.', message: 'deployment dep_1 busy' });
    expect(back.stack).toBe(original.stack);
  });

  it.each([
    ['an Error', new TypeError('boom'), { name: 'TypeError', message: 'boom' }],
    ['a thrown string', 'plain', { name: 'Error', message: 'plain' }],
  ])('turns %s into an unknown error', (_name, thrown, expected) => {
    const back = fromWireError(structuredClone(toWireError(thrown)));
    expect(isAppError(back)).toBe(false);
    expect(back).toMatchObject(expected);
  });

  it('makes log data cloneable: errors as plain objects, functions dropped', () => {
    const data = cloneableLogData({ error: new Error('down'), fn: () => 1, n: 3 });
    expect(() => structuredClone(data)).not.toThrow();
    expect(data).toMatchObject({ error: { name: 'Error', message: 'down' }, n: 3 });
    expect(data).not.toHaveProperty('fn');
  });
});

describe('the shared clock', () => {
  it('shows every move to each view of its buffer', () => {
    const clock = new SharedClock(new SharedArrayBuffer(8), new Date('2026-11-22T10:00:00Z'));
    const other = new SharedClock(clock.buffer);
    clock.set(new Date('2026-11-23T08:30:00.123Z'));
    expect(other.now().toISOString()).toBe('2026-11-23T08:30:00.123Z');
  });
});
