import { describe, expect, it } from 'vitest';
import { guessCheckInOffset, guessHeadingRole } from '../../src/templates/guess-phase.ts';

describe('time-phased headings', () => {
  it.each([
    ['T-4 Hours', 'pre', undefined],
    ['T-1 Hour: Final approval', 'pre', undefined],
    ['T-30 minutes', 'pre', undefined],
    ['Day -1', 'pre', undefined],
    ['T-0', 'day', undefined],
    ['T+0 Cut-over', 'day', undefined],
    ['Day 0', 'day', undefined],
    ['T+30 minutes', 'post', '30m'],
    ['T+1 Hour', 'post', '1h'],
    ['T+24 hours', 'post', '24h'],
    ['Day 1', 'post', '1d'],
    ['Week 1', 'post', '7d'],
    ['Month 1', 'post', '30d'],
    ['Hour 1-4', 'post', '4h'],
    ['Launch Day', 'day', undefined],
    ['Timeline', undefined, undefined],
    ['Tests', undefined, undefined],
  ])('%s → %s, check-in %s', (heading, role, offset) => {
    expect(guessHeadingRole(heading)?.role).toBe(role);
    if (role === 'post') expect(guessCheckInOffset(heading)).toBe(offset);
  });
});
