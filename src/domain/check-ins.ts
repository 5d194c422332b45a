import { parseDuration } from './duration.ts';
import type { Template } from './template.ts';

// Every duration here is exact milliseconds added to an instant: a `24h` check-in after a go-live the evening
// before a DST change falls 24 real hours later, so its wall-clock label moves by an hour (see formatLocal).
// Calendar arithmetic ("same time tomorrow") would make check-ins 23 or 25 hours apart twice a year.

export type CheckInPlanEntry = { key: string; title: string; offsetMs: number; dueAt: Date };

/** The template's check-ins as instants after go-live, earliest first (template order breaks ties). */
export function checkInPlan(template: Pick<Template, 'checkIns'>, goLiveAt: Date): CheckInPlanEntry[] {
  return template.checkIns
    .map((checkIn, index) => {
      const offsetMs = durationMs(checkIn.after, `checkIns[${index}].after`);
      return { key: checkIn.key, title: checkIn.title, offsetMs, dueAt: new Date(goLiveAt.getTime() + offsetMs) };
    })
    .sort((a, b) => a.offsetMs - b.offsetMs);
}

export type CheckInState = {
  template: Pick<Template, 'checkIns'>;
  goLiveAt: Date;
  /** When each check-in was last posted. */
  sent: Readonly<Record<string, Date>>;
  /** Snoozes the owner chose; a snooze later than the check-in's last post asks it again at that time. */
  snoozedUntil: Readonly<Record<string, Date>>;
  /** The owner stopped check-ins for this deployment. */
  stopped: boolean;
  now: Date;
};

export type NextCheckIn = {
  key: string;
  title: string;
  /** The plan's due time, or the snooze end for a snoozed check-in. */
  dueAt: Date;
  /** How long after `dueAt` it is being posted (the bot was down or busy); 0 when not yet due. */
  lateByMs: number;
  snoozed: boolean;
  /** Earlier check-ins that fell due and were never posted; this one supersedes them (shown as skipped). */
  missed: string[];
};

/**
 * The check-in to post next, or undefined when none is left (all posted, stopped, or the plan is empty).
 *
 * A check-in is pending when it was never posted, or when it was snoozed after it was posted; it is due at its
 * offset from go-live, or at the snooze end when that is later.
 *
 * When several are due at once (the bot was down across more than one due time), only the latest in the plan is
 * posted, with its lateness; the earlier ones come back in `missed`. An SRE coming back from an outage wants one
 * question about the service as it is now, with fresh probes, not a burst of "1h check-in (22h late)" messages
 * that each ask the same Stable / Issues / Roll back question about a past moment. For the same reason a pending
 * check-in earlier in the plan than one already posted is superseded and never asked again, so the caller does
 * not have to store the skipped ones: calling again after recording the posted one gives the next in the plan.
 *
 * Not yet due (including a go-live in the future): the earliest pending check-in, `lateByMs` 0 — schedule a job
 * at its `dueAt`.
 */
export function nextCheckIn(state: CheckInState): NextCheckIn | undefined {
  if (state.stopped) return undefined;
  const plan = checkInPlan(state.template, state.goLiveAt);
  const now = state.now.getTime();
  // Index in the plan of the latest check-in already posted; anything pending before it is superseded.
  let latestSent = -1;
  plan.forEach((entry, index) => {
    if (state.sent[entry.key]) latestSent = index;
  });
  const pending = plan.flatMap((entry, index) => {
    const sentAt = state.sent[entry.key];
    const snoozeEnd = state.snoozedUntil[entry.key];
    const resnoozed = sentAt !== undefined && snoozeEnd !== undefined && snoozeEnd.getTime() > sentAt.getTime();
    if (sentAt !== undefined && !resnoozed) return [];
    if (index < latestSent) return [];
    const snoozed = snoozeEnd !== undefined && snoozeEnd.getTime() > entry.dueAt.getTime();
    const dueAt = snoozed ? snoozeEnd : entry.dueAt;
    return [{ entry, index, dueAt, snoozed }];
  });
  const due = pending.filter((candidate) => candidate.dueAt.getTime() <= now);
  if (due.length > 0) {
    // Latest in the plan wins; the earlier due ones are superseded by it.
    const chosen = due.reduce((best, candidate) => (candidate.index > best.index ? candidate : best));
    return {
      key: chosen.entry.key,
      title: chosen.entry.title,
      dueAt: chosen.dueAt,
      lateByMs: Math.max(0, now - chosen.dueAt.getTime()),
      snoozed: chosen.snoozed,
      missed: due.filter((candidate) => candidate !== chosen).map((candidate) => candidate.entry.key),
    };
  }
  const upcoming = pending.reduce<(typeof pending)[number] | undefined>(
    (best, candidate) => (best === undefined || candidate.dueAt.getTime() < best.dueAt.getTime() ? candidate : best),
    undefined,
  );
  if (!upcoming) return undefined;
  return {
    key: upcoming.entry.key,
    title: upcoming.entry.title,
    dueAt: upcoming.dueAt,
    lateByMs: 0,
    snoozed: upcoming.snoozed,
    missed: [],
  };
}

/** When an unanswered check-in is escalated (mentioning the verification roles). */
export function escalationDueAt(sentAt: Date, template: Pick<Template, 'checkInPolicy'>): Date {
  return new Date(sentAt.getTime() + durationMs(template.checkInPolicy.escalateAfter, 'checkInPolicy.escalateAfter'));
}

/**
 * Every rollback reminder after go-live, the last one being the "rollback window closed" notice at the window's end.
 *
 * Every `remindEvery` from go-live while strictly before the last `tightenWithin` of the window, then every
 * `remindEveryNear` from the start of that last stretch while strictly before the window closes, then one at the
 * close. Window 24h, every 4h, tightening within 2h to 30m: +4h, +8h, +12h, +16h, +20h, +22h, +22h30, +23h, +23h30,
 * +24h (final). Nothing is sent at go-live itself (the procedure is posted then) and nothing after the close.
 * A cadence of 0 turns that part off; a `tightenWithin` as long as the window tightens from go-live on.
 */
export function rollbackReminderTimes(template: Pick<Template, 'rollback'>, goLiveAt: Date): Date[] {
  const { windowMs, everyMs, tightenMs, nearMs } = rollbackCadence(template);
  const nearFrom = Math.max(0, windowMs - tightenMs);
  const offsets = new Set<number>();
  if (everyMs > 0) for (let at = everyMs; at < nearFrom; at += everyMs) offsets.add(at);
  if (nearMs > 0 && tightenMs > 0) for (let at = nearFrom; at < windowMs; at += nearMs) if (at > 0) offsets.add(at);
  offsets.add(windowMs);
  const start = goLiveAt.getTime();
  return [...offsets].sort((a, b) => a - b).map((offset) => new Date(start + offset));
}

export type NextRollbackReminder = {
  dueAt: Date;
  /** Time left in the rollback window when the reminder goes out (at `dueAt`, or now when late); never negative. */
  remainingMs: number;
  lateByMs: number;
  windowClosesAt: Date;
  /** The "rollback window closed" notice: nothing follows it. */
  final: boolean;
};

/**
 * The rollback reminder to send next, given when the last one went out (null: none yet), or undefined when the
 * final notice has been sent. The caller stops asking once verification is closed (stable or rolled back).
 *
 * After downtime only the latest reminder that fell due is sent (with its lateness), never a burst of stale ones;
 * if the window closed meanwhile, that is the final notice.
 */
export function nextRollbackReminder(input: {
  template: Pick<Template, 'rollback'>;
  goLiveAt: Date;
  lastSentAt: Date | null;
  now: Date;
}): NextRollbackReminder | undefined {
  const times = rollbackReminderTimes(input.template, input.goLiveAt);
  const windowClosesAt = times.at(-1) as Date;
  const after = (input.lastSentAt ?? input.goLiveAt).getTime();
  const now = input.now.getTime();
  const left = times.filter((time) => time.getTime() > after);
  if (left.length === 0) return undefined;
  const due = left.filter((time) => time.getTime() <= now);
  const dueAt = (due.at(-1) ?? left[0]) as Date;
  return {
    dueAt,
    remainingMs: Math.max(0, windowClosesAt.getTime() - Math.max(now, dueAt.getTime())),
    lateByMs: Math.max(0, now - dueAt.getTime()),
    windowClosesAt,
    final: dueAt.getTime() === windowClosesAt.getTime(),
  };
}

/**
 * A wall-clock label in the given IANA zone, e.g. `2026-03-30 03:00 GMT+2`: the offset is always shown so that a
 * label across a DST change is unambiguous.
 */
export function formatLocal(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  ) as Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

function rollbackCadence(template: Pick<Template, 'rollback'>): {
  windowMs: number;
  everyMs: number;
  tightenMs: number;
  nearMs: number;
} {
  const { rollback } = template;
  return {
    windowMs: durationMs(rollback.window, 'rollback.window'),
    everyMs: durationMs(rollback.remindEvery, 'rollback.remindEvery'),
    tightenMs: durationMs(rollback.tightenWithin, 'rollback.tightenWithin'),
    nearMs: durationMs(rollback.remindEveryNear, 'rollback.remindEveryNear'),
  };
}

/** Templates are validated when loaded, so an unreadable duration here is a bug, not user input. */
function durationMs(text: string, path: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new RangeError(`${path}: "${text}" is not a duration`);
  return ms;
}
