import type { ProbeKind, ProbeSpec } from '../domain/probe-spec.ts';
import type { LookupFn } from './lookup.ts';
import type { PrometheusSources } from './prometheus-source.ts';
import type { TargetGuard } from './target-guard.ts';

/** One check, written the way an operator reads it: `status (503) == 200`. */
export type Condition = {
  name: string;
  ok: boolean;
  observed: string;
  expected: string;
  /** How observed is compared with expected; `==` when absent. */
  op?: string;
};

export function formatCondition(condition: Condition): string {
  return `${condition.name} (${condition.observed}) ${condition.op ?? '=='} ${condition.expected}`;
}

/**
 * `inconclusive` means the probe itself could not look (our DNS, our timeout, a target the guard refused), so a
 * problem on our side is never reported as the service failing.
 */
export type ProbeOutcome = 'pass' | 'fail' | 'inconclusive';

export type ProbeResult = {
  kind: ProbeKind;
  target: string;
  outcome: ProbeOutcome;
  conditions: Condition[];
  /** Small and JSON-serialisable: cert subject and days left, headers seen, latency, grade… */
  evidence: Record<string, unknown>;
  /** One line for a summary card. */
  summary: string;
  durationMs: number;
  /** 2 when a connection error was retried once. */
  attempts: number;
  /** Things that pass today but want attention (a certificate expiring within the warning threshold). */
  warnings?: string[];
  /** Why the probe could not decide, or the connection error behind a failure. */
  error?: string;
};

/** A probe spec whose target was interpolated to a concrete URL (`https://api.example.com/health`) or `host:port`. */
export type ResolvedProbeSpec = ProbeSpec;

/** `dns.promises.lookup` with `all: true`; tests pass a fake. */
export type { LookupFn };

export type ProbeContext = {
  signal: AbortSignal;
  now: () => Date;
  guard: TargetGuard;
  lookup: LookupFn;
  /** The per-probe budget, for probes that pace themselves (the rate-limit burst). */
  timeoutMs: number;
  /** Extra trusted CA certificates (PEM), added to the system roots. */
  ca?: string | Buffer;
  /** Metrics stores promql probes query, by name. */
  prometheus?: PrometheusSources;
};

export type ProbeFn = (spec: ResolvedProbeSpec, ctx: ProbeContext) => Promise<ProbeResult>;
