import type { ChainHead, StoredAuditRow } from '../audit-chain.ts';
import type { Deployment } from '../deployment.ts';

/** One check of a probe run, as the probe wrote it (`status (503) == 200`). */
export type ProbeCondition = { name: string; ok: boolean; observed: string; expected: string; op?: string };

/** One probe of one run, as stored. */
export type ProbeRunRecord = {
  id: string;
  runId: string;
  itemKey: string;
  kind: string;
  target: string;
  outcome: 'pass' | 'fail' | 'inconclusive';
  conditions: ProbeCondition[];
  summary: string;
  durationMs: number;
  attempts: number;
  /** What started it: a click, go-live, a check-in. */
  trigger: string;
  at: Date;
};

/**
 * Everything stored about one deployment that its report and its row of the population export are built from.
 * Any surface (the CLI, a Slack button, the HTTP API) loads one of these and calls the pure builders.
 */
export type DeploymentRecord = {
  deployment: Deployment;
  /** In chain order (the order they were written). */
  audit: StoredAuditRow[];
  chain: ChainHead;
  /** Oldest first. */
  probeRuns: ProbeRunRecord[];
};
