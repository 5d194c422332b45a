import { describe, expect, it } from 'vitest';
import type { SecurityGrade, SecurityHeader } from '../../src/domain/probe-spec.ts';
import {
  type GradedTest,
  gradeAtLeast,
  gradedTest,
  gradeFor,
  type ResultName,
  scoreTests,
} from '../../src/probes/observatory/scoring-table.ts';

/** The Observatory's grading chart and its two-round scoring, one row per boundary and per rule. */

describe('grading chart', () => {
  it.each([
    [145, 'A+'],
    [100, 'A+'],
    [99, 'A'],
    [90, 'A'],
    [89, 'A-'],
    [85, 'A-'],
    [84, 'B+'],
    [80, 'B+'],
    [79, 'B'],
    [70, 'B'],
    [69, 'B-'],
    [65, 'B-'],
    [64, 'C+'],
    [60, 'C+'],
    [59, 'C'],
    [50, 'C'],
    [49, 'C-'],
    [45, 'C-'],
    [44, 'D+'],
    [40, 'D+'],
    [39, 'D'],
    [30, 'D'],
    [29, 'D-'],
    [25, 'D-'],
    [24, 'F'],
    [0, 'F'],
  ] as const)('score %i is %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });

  it.each([
    ['A+', 'B', true],
    ['B+', 'B', true],
    ['B', 'B', true],
    ['B-', 'B', false],
    ['F', 'D-', false],
    ['F', 'F', true],
  ] as const)('%s reaches minGrade %s: %s', (grade, minimum, ok) => {
    expect(gradeAtLeast(grade as SecurityGrade, minimum as SecurityGrade)).toBe(ok);
  });
});

const graded = (test: SecurityHeader, result: ResultName): GradedTest => gradedTest(test, { result, detail: '' });

describe('score', () => {
  it.each([
    {
      case: 'bonuses count when the penalties leave an A (100 - 10 + 15)',
      tests: [
        graded('cross-origin-resource-policy', 'cross-origin-resource-policy-header-invalid'),
        graded('x-content-type-options', 'x-content-type-options-not-implemented'),
        graded('content-security-policy', 'csp-implemented-with-no-unsafe-default-src-none'),
        graded('referrer-policy', 'referrer-policy-private'),
      ],
      expected: { score: 105, grade: 'A+', penalties: -10, bonuses: 15, bonusesApplied: true },
    },
    {
      case: 'bonuses do not count below 90 (100 - 20, +30 ignored)',
      tests: [
        graded('x-frame-options', 'x-frame-options-not-implemented'),
        graded('content-security-policy', 'csp-implemented-with-no-unsafe-default-src-none'),
        graded('cross-origin-resource-policy', 'cross-origin-resource-policy-implemented-with-same-origin'),
        graded('cookies', 'cookies-secure-with-httponly-sessions-and-samesite'),
        graded('subresource-integrity', 'sri-implemented-and-all-scripts-loaded-securely'),
      ],
      expected: { score: 80, grade: 'B+', penalties: -20, bonuses: 30, bonusesApplied: false },
    },
    {
      case: 'never below 0',
      tests: [
        graded('cross-origin-resource-sharing', 'cross-origin-resource-sharing-implemented-with-universal-access'),
        graded('subresource-integrity', 'sri-not-implemented-and-external-scripts-not-loaded-securely'),
        graded('cookies', 'cookies-session-without-secure-flag'),
      ],
      expected: { score: 0, grade: 'F', penalties: -140, bonuses: 0, bonusesApplied: false },
    },
    {
      case: 'tests the Observatory does not score never move it',
      tests: [
        graded('cross-origin-opener-policy', 'cross-origin-opener-policy-not-implemented'),
        graded('csp-base-uri', 'csp-base-uri-missing'),
      ],
      expected: { score: 100, grade: 'A+', penalties: 0, bonuses: 0, bonusesApplied: true },
    },
  ])('$case', ({ tests, expected }) => {
    expect(scoreTests(tests)).toEqual(expected);
  });

  it('refuses a result filed under the wrong test', () => {
    expect(() => graded('cookies', 'hsts-not-implemented')).toThrow(
      'hsts-not-implemented is a result of strict-transport-security, not cookies',
    );
  });
});
