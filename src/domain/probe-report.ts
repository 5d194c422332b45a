/** What the domain needs from a probe result (the probes package's ProbeResult, reduced to plain data). */
export type ProbeReportEntry = {
  itemKey: string;
  kind: string;
  target: string;
  outcome: 'pass' | 'fail' | 'inconclusive';
  summary: string;
  /** Failing conditions, written `status (503) == 200`. */
  failing: string[];
  warnings: string[];
  attempts: number;
  durationMs: number;
  /** The headers probe grades what it saw (A–F). */
  grade?: string;
  error?: string;
};

/** Items whose probe could not be run at all (an endpoint it needs is not set). */
export type ProbeSkip = { itemKey: string; reason: string };

/** Who ticks an item when its probe passes. */
export const PROBE_ACTOR = 'probe';

export function tallyOutcomes(entries: readonly ProbeReportEntry[]): Record<ProbeReportEntry['outcome'], number> {
  return {
    pass: entries.filter((e) => e.outcome === 'pass').length,
    fail: entries.filter((e) => e.outcome === 'fail').length,
    inconclusive: entries.filter((e) => e.outcome === 'inconclusive').length,
  };
}
