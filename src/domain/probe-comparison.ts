/** One probe's result as a check-in compares it: outcome, certificate days left, latency p95. */
export type ProbeSnapshot = {
  itemKey: string;
  outcome: 'pass' | 'fail' | 'inconclusive';
  daysLeft?: number;
  p95Ms?: number;
};

export type ProbeComparison = {
  newlyFailing: string[];
  recovered: string[];
  stillFailing: string[];
  certificates: Array<{ itemKey: string; atGoLive?: number; now: number }>;
  latency: Array<{ itemKey: string; atGoLive?: number; now: number }>;
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
  }
  return comparison;
}

/** Reads the figures a comparison needs out of a probe's stored evidence. */
export function snapshotFromEvidence(
  itemKey: string,
  outcome: ProbeSnapshot['outcome'],
  evidence: unknown,
): ProbeSnapshot {
  const e = (evidence ?? {}) as { daysLeft?: unknown; latencyMs?: { p95?: unknown } };
  return {
    itemKey,
    outcome,
    ...(typeof e.daysLeft === 'number' ? { daysLeft: e.daysLeft } : {}),
    ...(typeof e.latencyMs?.p95 === 'number' ? { p95Ms: e.latencyMs.p95 } : {}),
  };
}
