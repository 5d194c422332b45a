import type { PhaseKind } from '../domain/template.ts';

/** What a heading says about the items under it. `sign-off` marks a sign-off sheet, which becomes roles. */
export type HeadingRole = PhaseKind | 'sign-off';

// Checked in this order: a "Rollback Checklist" is about rolling back even though it is also a checklist, and a
// "Post-Deployment Verification" is post even though it says "deployment".
const PATTERNS: ReadonlyArray<readonly [HeadingRole, RegExp, 'weak'?]> = [
  // Run-sheets count from go-live: "T-4 Hours" comes before it, "T-0" / "T+0" is the cut-over itself, "T+1 Hour"
  // and "Day 1" / "Week 1" after it. Checked before the words below: "T-1 Hour: Final approval" is a time first.
  ['day', /^(?:t\s*[-+±]?\s*0+(?!\s*[.,]?\d)\b|day 0\b)/],
  ['pre', /^(?:t\s*[-–−]\s*\d+|day\s*[-–−]\s*\d+|t\s*minus\b)/],
  ['post', /^(?:t\s*\+\s*\d+|t\s*plus\b|(?:day|week|month)\s+\d+\b)/],
  ['sign-off', /\bsign[\s-]?offs?\b|\bapprovals?\b/],
  ['rollback', /\broll[\s-]?backs?\b|\brevert(ing)?\b|\bback[\s-]?out\b/],
  [
    'pre',
    /\bpre[\s-]?(deploy(ment)?|launch|production|release|flight|go[\s-]?live)\b|\bbefore (deploy(ment|ing)?|go[\s-]?live|launch|release)\b/,
  ],
  [
    'post',
    /\bpost[\s-]?(deploy(ment)?|launch|release|go[\s-]?live)\b|\bafter (deploy(ment|ing)?|go[\s-]?live|launch|release)\b|\b(deployment|post) (verification|validation)\b|\bfirst \d+ (hours?|days?)\b|\bhour \d+/,
  ],
  ['day', /\b(deployment|launch|release|cut[\s-]?over) (day|window)\b|\bgo[\s-]?live\b|\bduring (the )?deployment\b/],
  // Weak: "Security Verification" is post-deployment, but "Final Verification" may hold pre-launch parts too.
  ['post', /\bverification\b|\bvalidation\b/, 'weak'],
];

/**
 * The phase a heading announces, or undefined for a heading that only names a topic ("Security", "Logging").
 * `weak` when only a generic word ("verification") gave it away.
 */
export function guessHeadingRole(heading: string): { role: HeadingRole; weak: boolean } | undefined {
  const text = heading.toLowerCase();
  const found = PATTERNS.find(([, pattern]) => pattern.test(text));
  return found ? { role: found[0], weak: found[2] === 'weak' } : undefined;
}

const UNIT = { minute: 'm', hour: 'h', day: 'd', week: 'd', month: 'd' } as const;
const FACTOR = { minute: 1, hour: 1, day: 1, week: 7, month: 30 } as const;

/**
 * The end of the window a post-deployment heading names, as a check-in offset: "Post-Deployment (T+2 hours)" → 2h,
 * "Hour 4-12: Performance Validation" → 12h, "Short-term (Week 1)" → 7d, "Monitor (first 24 hours)" → 24h,
 * "T+30 minutes" → 30m.
 * The end rather than the start: a check-in looks back over the window that has just passed.
 */
export function guessCheckInOffset(heading: string): string | undefined {
  // "T+1 Hour" is one hour after go-live; "T-4 Hours" is before it and never a check-in (its phase is pre).
  const text = heading.toLowerCase().replace(/^t\s*\+\s*/, '');
  const unitFirst = /\b(hour|day|week|month)s?\s+(\d+)(?:\s*[-–]\s*(\d+))?/.exec(text);
  const numberFirst = /(\d+)(?:\s*[-–]\s*(\d+))?\s*(minute|min|hour|hr|day|week|month)s?\b/.exec(text);
  let unit: keyof typeof UNIT | undefined;
  let amount: number | undefined;
  if (unitFirst) {
    unit = unitFirst[1] as keyof typeof UNIT;
    amount = Number(unitFirst[3] ?? unitFirst[2]);
  } else if (numberFirst) {
    unit =
      ({ min: 'minute', hr: 'hour' } as const)[numberFirst[3] as 'min' | 'hr'] ?? (numberFirst[3] as keyof typeof UNIT);
    amount = Number(numberFirst[2] ?? numberFirst[1]);
  }
  if (!unit || !amount) return undefined;
  // "Day 1" and "Week 1" mean "by the end of the first day/week".
  return `${amount * FACTOR[unit]}${UNIT[unit]}`;
}
