import type { CheckInAnswer, DeploymentStatus } from './deployment.ts';

/**
 * Figures over the deployments started in a window (the last N days, optionally one service): what the store's
 * aggregate queries return (src/store/stats-queries.ts) turned into what people read. Pure: the store counts and
 * groups in SQL; durations come as bounded lists of timestamps because an exact percentile is written differently
 * on SQLite and PostgreSQL, so p50/p90 are computed here (nearest rank) from at most `MAX_SAMPLES` of them.
 */

export const DEFAULT_STATS_DAYS = 30;
export const MAX_STATS_DAYS = 365;
/** Durations read per figure at most (the newest deployments of the window): enough for a stable p90. */
export const MAX_SAMPLES = 10_000;
/** How many blocking items and recent overrides are listed. */
export const TOP_BLOCKING_ITEMS = 5;
export const RECENT_OVERRIDES = 5;

export type StatsQuery = {
  /** The workspace; omitted by the CLI, which reads the whole database. */
  teamId?: string;
  service?: string;
  days: number;
};

/** What the store returns for a window: counts and groups computed in SQL, plus bounded lists of timestamps. */
export type StatsAggregates = {
  byStatus: Array<{ status: string; count: number }>;
  wentLive: number;
  /** Start and go-live of deployments that went live (at most MAX_SAMPLES). */
  goLiveTimes: Array<{ startedAt: Date; goLiveAt: Date }>;
  /** Decisions (approve or reject) with what opened them: the start, assignments and stale sign-offs of the role. */
  signOffs: Array<{
    deploymentId: string;
    roleKey: string;
    userId: string;
    at: Date;
    staleAt: Date | null;
    startedAt: Date;
  }>;
  /** `role-assigned` audit rows of the window's deployments: `{ roleKey, users }` as stored. */
  assignments: Array<{ deploymentId: string; at: Date; dataJson: string }>;
  /** Items a failing probe flagged before go-live: one row per item and deployment (grouped in SQL). */
  flaggedBeforeGoLive: Array<{ itemKey: string; deploymentId: string }>;
  /** Audit data of go-lives with an override (their `openItems`). */
  overrideAudit: Array<{ deploymentId: string; dataJson: string }>;
  overrides: number;
  recentOverrides: Array<{
    deploymentId: string;
    service: string;
    version: string;
    environment: string;
    goLiveAt: Date;
    goLiveBy: string | null;
    reason: string;
  }>;
  probeRuns: Array<{ kind: string; outcome: string; count: number }>;
  checkIns: Array<{ answer: string | null; count: number }>;
  checkInsEscalated: number;
};

export type Percentiles = { count: number; p50Ms: number; p90Ms: number };

export type DeploymentStats = {
  period: { days: number; from: Date; to: Date };
  service: string | null;
  deployments: { total: number; open: number; stable: number; rolledBack: number; cancelled: number; wentLive: number };
  /** Start → go-live; null when none went live. */
  timeToGoLive: Percentiles | null;
  /** Assignment (or the start, or the role's previous sign-off going stale) → approve or reject, per role. */
  signOffLatency: Array<{ roleKey: string } & Percentiles>;
  /** Items flagged by a failing probe before go-live, or still open at a go-live with an override; per deployment. */
  blockingItems: Array<{ itemKey: string; deployments: number }>;
  probes: Array<{ kind: string; runs: number; failed: number; inconclusive: number; failureRate: number }>;
  /** Rolled back (or rolling back) among those that went live. */
  rollback: { rolledBack: number; wentLive: number; rate: number | null };
  checkIns: {
    sent: number;
    answers: Record<CheckInAnswer, number>;
    unanswered: number;
    escalated: number;
  };
  overrides: { count: number; recent: StatsAggregates['recentOverrides'] };
};

/** The value at rank ⌈p·n⌉ of the sorted list (nearest rank): always one of the observed values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of nothing');
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export function percentiles(durations: readonly number[]): Percentiles | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  return { count: sorted.length, p50Ms: percentile(sorted, 0.5), p90Ms: percentile(sorted, 0.9) };
}

const ROLLED_BACK: readonly string[] = ['rolled-back', 'rolling-back'] satisfies DeploymentStatus[];
const ANSWERS: readonly CheckInAnswer[] = ['stable', 'minor', 'major', 'rollback', 'skipped'];

export function buildStats(query: StatsQuery, now: Date, aggregates: StatsAggregates): DeploymentStats {
  const count = (statuses: readonly string[]) =>
    aggregates.byStatus.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.count, 0);
  const total = aggregates.byStatus.reduce((sum, row) => sum + row.count, 0);
  const stable = count(['stable']);
  const rolledBackClosed = count(['rolled-back']);
  const cancelled = count(['cancelled']);
  const rolledBack = count(ROLLED_BACK);
  const answers = Object.fromEntries(ANSWERS.map((answer) => [answer, 0])) as Record<CheckInAnswer, number>;
  let unanswered = 0;
  for (const row of aggregates.checkIns) {
    if (row.answer === null) unanswered += row.count;
    else if ((ANSWERS as readonly string[]).includes(row.answer)) answers[row.answer as CheckInAnswer] += row.count;
  }
  return {
    period: { days: query.days, from: windowStart(now, query.days), to: now },
    service: query.service ?? null,
    deployments: {
      total,
      open: total - stable - rolledBackClosed - cancelled,
      stable,
      rolledBack: rolledBackClosed,
      cancelled,
      wentLive: aggregates.wentLive,
    },
    timeToGoLive: percentiles(aggregates.goLiveTimes.map((row) => row.goLiveAt.getTime() - row.startedAt.getTime())),
    signOffLatency: signOffLatency(aggregates),
    blockingItems: blockingItems(aggregates),
    probes: probeFigures(aggregates.probeRuns),
    rollback: {
      rolledBack,
      wentLive: aggregates.wentLive,
      rate: aggregates.wentLive > 0 ? rolledBack / aggregates.wentLive : null,
    },
    checkIns: {
      sent: aggregates.checkIns.reduce((sum, row) => sum + row.count, 0),
      answers,
      unanswered,
      escalated: aggregates.checkInsEscalated,
    },
    overrides: { count: aggregates.overrides, recent: aggregates.recentOverrides },
  };
}

/** The first instant of the window: `days` × 24 hours before now. */
export function windowStart(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}

/**
 * A decision waited from the latest of: the deployment's start (default assignees), the signer's assignment to the
 * role, and the role's previous sign-off going stale (which asks for a new one).
 */
function signOffLatency(aggregates: StatsAggregates): DeploymentStats['signOffLatency'] {
  const assigned = new Map<string, Date[]>();
  for (const row of aggregates.assignments) {
    const data = parseAssignment(row.dataJson);
    if (!data) continue;
    for (const user of data.users) {
      const key = `${row.deploymentId}\u0000${data.roleKey}\u0000${user}`;
      assigned.set(key, [...(assigned.get(key) ?? []), row.at]);
    }
  }
  const staleTimes = new Map<string, number[]>();
  for (const row of aggregates.signOffs) {
    if (!row.staleAt) continue;
    const key = `${row.deploymentId}\u0000${row.roleKey}`;
    staleTimes.set(key, [...(staleTimes.get(key) ?? []), row.staleAt.getTime()]);
  }
  const byRole = new Map<string, number[]>();
  for (const decision of aggregates.signOffs) {
    const at = decision.at.getTime();
    let from = decision.startedAt.getTime();
    const key = `${decision.deploymentId}\u0000${decision.roleKey}\u0000${decision.userId}`;
    for (const when of assigned.get(key) ?? []) if (when.getTime() <= at) from = Math.max(from, when.getTime());
    for (const stale of staleTimes.get(`${decision.deploymentId}\u0000${decision.roleKey}`) ?? [])
      if (stale <= at) from = Math.max(from, stale);
    byRole.set(decision.roleKey, [...(byRole.get(decision.roleKey) ?? []), at - from]);
  }
  return [...byRole.entries()]
    .map(([roleKey, durations]) => ({ roleKey, ...(percentiles(durations) as Percentiles) }))
    .sort((a, b) => a.roleKey.localeCompare(b.roleKey));
}

function parseAssignment(text: string): { roleKey: string; users: string[] } | undefined {
  try {
    const data = JSON.parse(text) as { roleKey?: unknown; users?: unknown };
    if (typeof data.roleKey !== 'string' || !Array.isArray(data.users)) return undefined;
    return { roleKey: data.roleKey, users: data.users.filter((u): u is string => typeof u === 'string') };
  } catch {
    return undefined;
  }
}

function blockingItems(aggregates: StatsAggregates): DeploymentStats['blockingItems'] {
  // Per deployment once: a flag before go-live and the same item open at the override count one.
  const deployments = new Map<string, Set<string>>();
  const note = (itemKey: string, deploymentId: string) =>
    deployments.set(itemKey, (deployments.get(itemKey) ?? new Set<string>()).add(deploymentId));
  for (const row of aggregates.flaggedBeforeGoLive) note(row.itemKey, row.deploymentId);
  for (const row of aggregates.overrideAudit)
    for (const itemKey of openItems(row.dataJson)) note(itemKey, row.deploymentId);
  return [...deployments.entries()]
    .map(([itemKey, seen]) => ({ itemKey, deployments: seen.size }))
    .sort((a, b) => b.deployments - a.deployments || a.itemKey.localeCompare(b.itemKey))
    .slice(0, TOP_BLOCKING_ITEMS);
}

function openItems(text: string): string[] {
  try {
    const data = JSON.parse(text) as { openItems?: unknown };
    return Array.isArray(data.openItems) ? data.openItems.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function probeFigures(rows: StatsAggregates['probeRuns']): DeploymentStats['probes'] {
  const kinds = new Map<string, { runs: number; failed: number; inconclusive: number }>();
  for (const row of rows) {
    const figures = kinds.get(row.kind) ?? { runs: 0, failed: 0, inconclusive: 0 };
    figures.runs += row.count;
    if (row.outcome === 'fail') figures.failed += row.count;
    if (row.outcome === 'inconclusive') figures.inconclusive += row.count;
    kinds.set(row.kind, figures);
  }
  return [...kinds.entries()]
    .map(([kind, f]) => ({ kind, ...f, failureRate: f.failed / f.runs }))
    .sort((a, b) => b.failureRate - a.failureRate || a.kind.localeCompare(b.kind));
}

/** `--days N`: a whole number of days from 1 to MAX_STATS_DAYS, or what is wrong with it. */
export function parseStatsDays(text: string): { ok: true; days: number } | { ok: false; problem: string } {
  const days = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(days) && days >= 1 && days <= MAX_STATS_DAYS) return { ok: true, days };
  return { ok: false, problem: `--days takes a whole number of days from 1 to ${MAX_STATS_DAYS}, not "${text}"` };
}
