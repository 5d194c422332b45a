import { METRIC_UNITS, type MetricUnit } from './metric-figure.ts';

/** A figure a promql probe read: what it measures, the query behind it, and its value (null without data). */
export type MetricReading = {
  label: string;
  unit: MetricUnit;
  condition: string;
  query: string;
  value: number | null;
  ok: boolean | null;
  /** Why there is no figure (no data, a query error, the store unreachable). */
  error?: string;
};

/** One probe's result as a check-in compares it: outcome, certificate days left, latency p95, a metric. */
export type ProbeSnapshot = {
  itemKey: string;
  outcome: 'pass' | 'fail' | 'inconclusive';
  daysLeft?: number;
  p95Ms?: number;
  metric?: MetricReading;
};

export type ProbeComparison = {
  newlyFailing: string[];
  recovered: string[];
  stillFailing: string[];
  certificates: Array<{ itemKey: string; atGoLive?: number; now: number }>;
  latency: Array<{ itemKey: string; atGoLive?: number; now: number }>;
  /** Every metric figure now, beside the same query's figure at go-live. */
  metrics: Array<{ itemKey: string; atGoLive?: MetricReading; now: MetricReading }>;
};

/** What changed since the run at go-live: an SRE reads "newly failing" first, then the numbers that drift. */
export function compareProbeRuns(
  baseline: readonly ProbeSnapshot[],
  current: readonly ProbeSnapshot[],
): ProbeComparison {
  const before = new Map(baseline.map((snapshot) => [snapshot.itemKey, snapshot]));
  const comparison: ProbeComparison = {
    newlyFailing: [],
    recovered: [],
    stillFailing: [],
    certificates: [],
    latency: [],
    metrics: [],
  };
  for (const now of current) {
    const then = before.get(now.itemKey);
    if (now.outcome === 'fail') {
      (then?.outcome === 'fail' ? comparison.stillFailing : comparison.newlyFailing).push(now.itemKey);
    } else if (now.outcome === 'pass' && then?.outcome === 'fail') {
      comparison.recovered.push(now.itemKey);
    }
    if (now.daysLeft !== undefined)
      comparison.certificates.push({
        itemKey: now.itemKey,
        ...(then?.daysLeft !== undefined ? { atGoLive: then.daysLeft } : {}),
        now: now.daysLeft,
      });
    if (now.p95Ms !== undefined)
      comparison.latency.push({
        itemKey: now.itemKey,
        ...(then?.p95Ms !== undefined ? { atGoLive: then.p95Ms } : {}),
        now: now.p95Ms,
      });
    if (now.metric)
      comparison.metrics.push({
        itemKey: now.itemKey,
        ...(then?.metric ? { atGoLive: then.metric } : {}),
        now: now.metric,
      });
  }
  return comparison;
}

/** Reads the figures a comparison needs out of a probe's stored evidence. */
export function snapshotFromEvidence(
  itemKey: string,
  outcome: ProbeSnapshot['outcome'],
  evidence: unknown,
): ProbeSnapshot {
  const e = (evidence ?? {}) as { daysLeft?: unknown; latencyMs?: { p95?: unknown }; promql?: unknown };
  const metric = metricReading(e.promql);
  return {
    itemKey,
    outcome,
    ...(typeof e.daysLeft === 'number' ? { daysLeft: e.daysLeft } : {}),
    ...(typeof e.latencyMs?.p95 === 'number' ? { p95Ms: e.latencyMs.p95 } : {}),
    ...(metric ? { metric } : {}),
  };
}

/** A promql probe's evidence as a reading; stored rows are JSON, so every field is checked rather than trusted. */
function metricReading(promql: unknown): MetricReading | undefined {
  if (!promql || typeof promql !== 'object') return undefined;
  const p = promql as Record<string, unknown>;
  if (typeof p.label !== 'string' || typeof p.query !== 'string' || typeof p.condition !== 'string') return undefined;
  const unit = (METRIC_UNITS as readonly unknown[]).includes(p.unit) ? (p.unit as MetricUnit) : 'none';
  return {
    label: p.label,
    unit,
    condition: p.condition,
    query: p.query,
    value: typeof p.value === 'number' ? p.value : null,
    ok: typeof p.ok === 'boolean' ? p.ok : null,
    ...(typeof p.error === 'string' ? { error: p.error } : {}),
  };
}
