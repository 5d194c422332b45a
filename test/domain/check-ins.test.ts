import { describe, expect, it } from 'vitest';
import {
  checkInPlan,
  escalationDueAt,
  formatLocal,
  nextCheckIn,
  nextRollbackReminder,
  rollbackReminderTimes,
} from '../../src/domain/check-ins.ts';
import { type Template, ZTemplate } from '../../src/domain/template.ts';

const H = 3_600_000;
const M = 60_000;
const GO_LIVE = new Date('2026-06-01T10:00:00.000Z');
const at = (ms: number) => new Date(GO_LIVE.getTime() + ms);

function template(overrides: Record<string, unknown> = {}): Template {
  return ZTemplate.parse({
    name: 'svc',
    title: 'Service',
    phases: [{ key: 'post', title: 'Post-deployment', kind: 'post', items: [{ key: 'watch', text: 'Watch errors' }] }],
    // Deliberately out of order: the plan sorts by offset.
    checkIns: [
      { key: 'day-1', after: '24h', title: 'Day 1' },
      { key: 'hour-1', after: '1h', title: 'Hour 1' },
      { key: 'hour-4', after: '4h', title: 'Hour 4' },
      { key: 'week-1', after: '7d', title: 'Week 1' },
    ],
    ...overrides,
  });
}

const T = template();

describe('checkInPlan', () => {
  it('lists check-ins by due time with exact offsets', () => {
    expect(checkInPlan(T, GO_LIVE)).toEqual([
      { key: 'hour-1', title: 'Hour 1', offsetMs: H, dueAt: at(H) },
      { key: 'hour-4', title: 'Hour 4', offsetMs: 4 * H, dueAt: at(4 * H) },
      { key: 'day-1', title: 'Day 1', offsetMs: 24 * H, dueAt: at(24 * H) },
      { key: 'week-1', title: 'Week 1', offsetMs: 168 * H, dueAt: at(168 * H) },
    ]);
  });

  it('is empty for a template without check-ins', () => {
    expect(checkInPlan(template({ checkIns: [] }), GO_LIVE)).toEqual([]);
  });
});

type CheckInScenario = {
  name: string;
  template?: Template;
  sent?: Record<string, Date>;
  snoozedUntil?: Record<string, Date>;
  stopped?: boolean;
  now: Date;
  expected: ReturnType<typeof nextCheckIn>;
};

const checkInScenarios: CheckInScenario[] = [
  {
    name: 'right after go-live: the first check-in, not yet due',
    now: at(5 * M),
    expected: { key: 'hour-1', title: 'Hour 1', dueAt: at(H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'go-live in the future: the first check-in, not late',
    now: at(-2 * H),
    expected: { key: 'hour-1', title: 'Hour 1', dueAt: at(H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'exactly at its due time: due, 0 late',
    now: at(H),
    expected: { key: 'hour-1', title: 'Hour 1', dueAt: at(H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'after some were sent: the next one in the plan',
    sent: { 'hour-1': at(H), 'hour-4': at(4 * H) },
    now: at(5 * H),
    expected: { key: 'day-1', title: 'Day 1', dueAt: at(24 * H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'snoozed after it was posted: asked again at the snooze end',
    sent: { 'hour-1': at(H) },
    snoozedUntil: { 'hour-1': at(H + 30 * M) },
    now: at(H + 5 * M),
    expected: { key: 'hour-1', title: 'Hour 1', dueAt: at(H + 30 * M), lateByMs: 0, snoozed: true, missed: [] },
  },
  {
    name: 'snooze ended: due now',
    sent: { 'hour-1': at(H) },
    snoozedUntil: { 'hour-1': at(3 * H) },
    now: at(3 * H + 10_000),
    expected: { key: 'hour-1', title: 'Hour 1', dueAt: at(3 * H), lateByMs: 10_000, snoozed: true, missed: [] },
  },
  {
    name: 'a snooze that ran past the next check-in: the later check-in is asked, the snoozed one superseded',
    sent: { 'hour-1': at(H) },
    snoozedUntil: { 'hour-1': at(4 * H + 30 * M) },
    now: at(4 * H),
    expected: { key: 'hour-4', title: 'Hour 4', dueAt: at(4 * H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'snoozed check-in superseded once a later one was posted',
    sent: { 'hour-1': at(H), 'hour-4': at(4 * H) },
    snoozedUntil: { 'hour-1': at(4 * H + 30 * M) },
    now: at(5 * H),
    expected: { key: 'day-1', title: 'Day 1', dueAt: at(24 * H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'a snooze that was answered (posted again after it) is done',
    sent: { 'hour-1': at(H + 30 * M) },
    snoozedUntil: { 'hour-1': at(H + 30 * M) },
    now: at(2 * H),
    expected: { key: 'hour-4', title: 'Hour 4', dueAt: at(4 * H), lateByMs: 0, snoozed: false, missed: [] },
  },
  {
    name: 'stopped: nothing more',
    stopped: true,
    now: at(2 * H),
    expected: undefined,
  },
  {
    name: 'all sent: nothing more',
    sent: { 'hour-1': at(H), 'hour-4': at(4 * H), 'day-1': at(24 * H), 'week-1': at(168 * H) },
    now: at(200 * H),
    expected: undefined,
  },
  {
    name: 'empty plan: nothing',
    template: template({ checkIns: [] }),
    now: at(2 * H),
    expected: undefined,
  },
  {
    name: 'restart across a due time: posted with its lateness',
    sent: { 'hour-1': at(H) },
    now: at(4 * H + 17 * M),
    expected: { key: 'hour-4', title: 'Hour 4', dueAt: at(4 * H), lateByMs: 17 * M, snoozed: false, missed: [] },
  },
  {
    name: 'several missed while down: the latest is posted, the earlier ones superseded',
    now: at(30 * H),
    expected: {
      key: 'day-1',
      title: 'Day 1',
      dueAt: at(24 * H),
      lateByMs: 6 * H,
      snoozed: false,
      missed: ['hour-1', 'hour-4'],
    },
  },
  {
    name: 'after posting the latest missed one, the skipped ones are not asked again',
    sent: { 'day-1': at(30 * H) },
    now: at(30 * H + M),
    expected: { key: 'week-1', title: 'Week 1', dueAt: at(168 * H), lateByMs: 0, snoozed: false, missed: [] },
  },
];

describe('nextCheckIn', () => {
  it.each(checkInScenarios)('$name', (scenario) => {
    const result = nextCheckIn({
      template: scenario.template ?? T,
      goLiveAt: GO_LIVE,
      sent: scenario.sent ?? {},
      snoozedUntil: scenario.snoozedUntil ?? {},
      stopped: scenario.stopped ?? false,
      now: scenario.now,
    });
    expect(result).toEqual(scenario.expected);
  });
});

type DstScenario = {
  name: string;
  timeZone: string;
  goLiveAt: string;
  after: string;
  dueAt: string;
  goLiveLabel: string;
  dueLabel: string;
};

// A check-in is real elapsed time after go-live, so across a DST change its local label moves by the hour.
const dstScenarios: DstScenario[] = [
  {
    name: 'Europe/Berlin spring-forward: 24h later reads 11:00 CEST',
    timeZone: 'Europe/Berlin',
    goLiveAt: '2026-03-28T09:00:00Z',
    after: '24h',
    dueAt: '2026-03-29T09:00:00.000Z',
    goLiveLabel: '2026-03-28 10:00 GMT+1',
    dueLabel: '2026-03-29 11:00 GMT+2',
  },
  {
    name: 'Europe/Berlin spring-forward: 1h across the gap skips 02:xx',
    timeZone: 'Europe/Berlin',
    goLiveAt: '2026-03-29T00:30:00Z',
    after: '1h',
    dueAt: '2026-03-29T01:30:00.000Z',
    goLiveLabel: '2026-03-29 01:30 GMT+1',
    dueLabel: '2026-03-29 03:30 GMT+2',
  },
  {
    name: 'Europe/Berlin fall-back: 24h later reads 09:00 CET',
    timeZone: 'Europe/Berlin',
    goLiveAt: '2026-10-24T08:00:00Z',
    after: '24h',
    dueAt: '2026-10-25T08:00:00.000Z',
    goLiveLabel: '2026-10-24 10:00 GMT+2',
    dueLabel: '2026-10-25 09:00 GMT+1',
  },
  {
    name: 'Europe/Berlin fall-back: 1h across the repeated hour reads 02:30 twice',
    timeZone: 'Europe/Berlin',
    goLiveAt: '2026-10-25T00:30:00Z',
    after: '1h',
    dueAt: '2026-10-25T01:30:00.000Z',
    goLiveLabel: '2026-10-25 02:30 GMT+2',
    dueLabel: '2026-10-25 02:30 GMT+1',
  },
  {
    name: 'Europe/Berlin 7d across spring-forward',
    timeZone: 'Europe/Berlin',
    goLiveAt: '2026-03-25T09:00:00Z',
    after: '7d',
    dueAt: '2026-04-01T09:00:00.000Z',
    goLiveLabel: '2026-03-25 10:00 GMT+1',
    dueLabel: '2026-04-01 11:00 GMT+2',
  },
  {
    name: 'America/New_York spring-forward: 24h later reads 11:00 EDT',
    timeZone: 'America/New_York',
    goLiveAt: '2026-03-07T15:00:00Z',
    after: '24h',
    dueAt: '2026-03-08T15:00:00.000Z',
    goLiveLabel: '2026-03-07 10:00 GMT-5',
    dueLabel: '2026-03-08 11:00 GMT-4',
  },
  {
    name: 'America/New_York fall-back: 24h later reads 09:00 EST',
    timeZone: 'America/New_York',
    goLiveAt: '2026-10-31T14:00:00Z',
    after: '24h',
    dueAt: '2026-11-01T14:00:00.000Z',
    goLiveLabel: '2026-10-31 10:00 GMT-4',
    dueLabel: '2026-11-01 09:00 GMT-5',
  },
];

describe('check-ins across DST changes', () => {
  it.each(dstScenarios)('$name', (scenario) => {
    const goLiveAt = new Date(scenario.goLiveAt);
    const [entry] = checkInPlan(
      template({ checkIns: [{ key: 'check', after: scenario.after, title: 'Check' }] }),
      goLiveAt,
    );
    expect(entry?.dueAt.toISOString()).toBe(scenario.dueAt);
    expect(formatLocal(goLiveAt, scenario.timeZone)).toBe(scenario.goLiveLabel);
    expect(formatLocal(entry!.dueAt, scenario.timeZone)).toBe(scenario.dueLabel);
  });
});

describe('escalationDueAt', () => {
  it.each([
    { name: 'default 30m', template: T, expected: at(H + 30 * M) },
    { name: 'custom 2h', template: template({ checkInPolicy: { escalateAfter: '2h' } }), expected: at(3 * H) },
  ])('$name', ({ template: t, expected }) => {
    expect(escalationDueAt(at(H), t)).toEqual(expected);
  });
});

const hours = (...values: number[]) => values.map((h) => at(h * H));

describe('rollbackReminderTimes', () => {
  it.each([
    {
      name: 'default cadence tightens in the last 2h and ends with the window-closed notice',
      rollback: { window: '24h', remindEvery: '4h', tightenWithin: '2h', remindEveryNear: '30m' },
      expected: hours(4, 8, 12, 16, 20, 22, 22.5, 23, 23.5, 24),
    },
    {
      name: 'a regular reminder that would land in the tight stretch is left to the tight cadence',
      rollback: { window: '12h', remindEvery: '5h', tightenWithin: '3h', remindEveryNear: '1h' },
      expected: hours(5, 9, 10, 11, 12),
    },
    {
      name: 'the regular cadence meeting the tight stretch exactly does not send twice',
      rollback: { window: '24h', remindEvery: '2h', tightenWithin: '4h', remindEveryNear: '1h' },
      expected: hours(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 21, 22, 23, 24),
    },
    {
      name: 'tightening as long as the window: the tight cadence from go-live',
      rollback: { window: '2h', remindEvery: '4h', tightenWithin: '2h', remindEveryNear: '30m' },
      expected: hours(0.5, 1, 1.5, 2),
    },
    {
      name: 'no tightening: regular cadence then the notice',
      rollback: { window: '10h', remindEvery: '4h', tightenWithin: '0m', remindEveryNear: '30m' },
      expected: hours(4, 8, 10),
    },
    {
      name: 'cadences of 0: only the window-closed notice',
      rollback: { window: '6h', remindEvery: '0h', tightenWithin: '1h', remindEveryNear: '0m' },
      expected: hours(6),
    },
  ])('$name', ({ rollback, expected }) => {
    expect(rollbackReminderTimes(template({ rollback: { ...rollback, procedure: [] } }), GO_LIVE)).toEqual(expected);
  });
});

describe('nextRollbackReminder', () => {
  const closes = at(24 * H);
  it.each([
    {
      name: 'none sent yet: the first at +4h',
      lastSentAt: null,
      now: at(10 * M),
      expected: { dueAt: at(4 * H), remainingMs: 20 * H, lateByMs: 0, windowClosesAt: closes, final: false },
    },
    {
      name: 'after +20h was sent: the cadence tightens to +22h',
      lastSentAt: at(20 * H + 3_000),
      now: at(20 * H + 3_000),
      expected: { dueAt: at(22 * H), remainingMs: 2 * H, lateByMs: 0, windowClosesAt: closes, final: false },
    },
    {
      name: 'in the tight stretch: every 30 minutes',
      lastSentAt: at(22 * H + 30 * M),
      now: at(22 * H + 31 * M),
      expected: { dueAt: at(23 * H), remainingMs: H, lateByMs: 0, windowClosesAt: closes, final: false },
    },
    {
      name: 'after +23h30: the final window-closed notice',
      lastSentAt: at(23.5 * H),
      now: at(23.5 * H),
      expected: { dueAt: closes, remainingMs: 0, lateByMs: 0, windowClosesAt: closes, final: true },
    },
    {
      name: 'after the final notice: nothing more',
      lastSentAt: closes,
      now: at(30 * H),
      expected: undefined,
    },
    {
      name: 'restart across two due times: only the latest, with its lateness and the time left now',
      lastSentAt: at(4 * H),
      now: at(12 * H + 20 * M),
      expected: {
        dueAt: at(12 * H),
        remainingMs: 11 * H + 40 * M,
        lateByMs: 20 * M,
        windowClosesAt: closes,
        final: false,
      },
    },
    {
      name: 'down until after the window closed: the final notice, late',
      lastSentAt: at(16 * H),
      now: at(26 * H),
      expected: { dueAt: closes, remainingMs: 0, lateByMs: 2 * H, windowClosesAt: closes, final: true },
    },
    {
      name: 'go-live in the future: the first reminder, not late',
      lastSentAt: null,
      now: at(-H),
      expected: { dueAt: at(4 * H), remainingMs: 20 * H, lateByMs: 0, windowClosesAt: closes, final: false },
    },
  ])('$name', ({ lastSentAt, now, expected }) => {
    expect(nextRollbackReminder({ template: T, goLiveAt: GO_LIVE, lastSentAt, now })).toEqual(expected);
  });

  it('walking the whole window one reminder at a time gives every planned time once', () => {
    const sentAt: Date[] = [];
    let lastSentAt: Date | null = null;
    for (let step = 0; step < 20; step++) {
      const next = nextRollbackReminder({ template: T, goLiveAt: GO_LIVE, lastSentAt, now: lastSentAt ?? GO_LIVE });
      if (!next) break;
      sentAt.push(next.dueAt);
      lastSentAt = next.dueAt;
    }
    expect(sentAt).toEqual(rollbackReminderTimes(T, GO_LIVE));
  });
});

describe('bad input', () => {
  it('rejects an unreadable duration in an unvalidated template with its path', () => {
    const broken = { ...T, checkIns: [{ ...T.checkIns[0]!, after: 'soon' }] };
    expect(() => checkInPlan(broken, GO_LIVE)).toThrow('checkIns[0].after: "soon" is not a duration');
  });
});
