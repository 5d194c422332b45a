import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { type ProbeKind, type ProbeOptions, validateProbeOptions } from '../domain/probe-spec.ts';
import { check } from './conditions.ts';
import { classifyProbeError, type ErrorVerdict } from './probe-errors.ts';
import {
  type Condition,
  formatCondition,
  type ProbeContext,
  type ProbeFn,
  type ProbeResult,
  type ResolvedProbeSpec,
} from './types.ts';

/** What a probe kind observed; the outcome and the summary line are derived from it the same way for every kind. */
export type ProbeObservation = {
  conditions: Condition[];
  evidence?: Record<string, unknown>;
  warnings?: string[];
  /** A short figure for the summary of a passing probe ("p95 42 ms"). */
  highlight?: string;
  /** Leads the summary whatever the outcome ("grade C"). */
  headline?: string;
};

export type ProbeDefinition<K extends ProbeKind> = {
  /** One quick retry on a connection error; off for kinds where a second request changes what is measured. */
  retry: boolean;
  /** Throws for network errors (classified into fail or inconclusive here); returns conditions otherwise. */
  observe: (target: string, options: ProbeOptions[K], ctx: ProbeContext) => Promise<ProbeObservation>;
};

const RETRY_DELAY_MS = 250;

/** Turns a kind's observation function into a ProbeFn: options checked, errors classified, one retry, timing. */
export function defineProbe<K extends ProbeKind>(kind: K, definition: ProbeDefinition<K>): ProbeFn {
  return async (spec, ctx) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const validated = validateProbeOptions(kind, spec.options);
    if (!validated.ok) {
      const issues = validated.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`);
      return inconclusiveResult(spec, `invalid options: ${issues.join('; ')}`, elapsed(), 0);
    }
    for (let attempts = 1; ; attempts++) {
      try {
        const observation = await definition.observe(spec.target, validated.options, ctx);
        return observationResult(spec, observation, elapsed(), attempts);
      } catch (error) {
        const verdict = classifyProbeError(error, ctx.signal);
        if (verdict.retryable && definition.retry && attempts === 1) {
          await delay(RETRY_DELAY_MS, undefined, { signal: ctx.signal }).catch(() => undefined);
          continue;
        }
        return errorResult(spec, verdict, elapsed(), attempts);
      }
    }
  };
}

export function observationResult(
  spec: ResolvedProbeSpec,
  observation: ProbeObservation,
  durationMs: number,
  attempts: number,
): ProbeResult {
  const failing = observation.conditions.filter((condition) => !condition.ok);
  const outcome = failing.length === 0 ? 'pass' : 'fail';
  const warnings = observation.warnings ?? [];
  const count = observation.conditions.length;
  const detail =
    outcome === 'fail'
      ? failingSummary(failing)
      : (warnings[0] ?? observation.highlight ?? `${count} condition${count === 1 ? '' : 's'} pass`);
  const summary = observation.headline ? `${observation.headline}: ${detail}` : detail;
  return {
    kind: spec.kind,
    target: spec.target,
    outcome,
    conditions: observation.conditions,
    evidence: observation.evidence ?? {},
    summary: withRetryNote(summary, attempts),
    durationMs,
    attempts,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** A probe that could not look: no conditions, the reason as the summary. */
export function inconclusiveResult(
  spec: ResolvedProbeSpec,
  reason: string,
  durationMs: number,
  attempts: number,
): ProbeResult {
  return {
    kind: spec.kind,
    target: spec.target,
    outcome: 'inconclusive',
    conditions: [],
    evidence: {},
    summary: withRetryNote(`inconclusive: ${reason}`, attempts),
    durationMs,
    attempts,
    error: reason,
  };
}

function errorResult(
  spec: ResolvedProbeSpec,
  verdict: ErrorVerdict,
  durationMs: number,
  attempts: number,
): ProbeResult {
  if (verdict.outcome === 'inconclusive') return inconclusiveResult(spec, verdict.observed, durationMs, attempts);
  const condition = check('connection', false, verdict.observed, '==', 'established');
  return {
    kind: spec.kind,
    target: spec.target,
    outcome: 'fail',
    conditions: [condition],
    evidence: {},
    summary: withRetryNote(formatCondition(condition), attempts),
    durationMs,
    attempts,
    error: verdict.observed,
  };
}

function failingSummary(failing: readonly Condition[]): string {
  const [first] = failing;
  const more = failing.length - 1;
  return `${first ? formatCondition(first) : 'failed'}${more > 0 ? ` (+${more} more)` : ''}`;
}

function withRetryNote(summary: string, attempts: number): string {
  return attempts > 1 ? `${summary} (after ${attempts} attempts)` : summary;
}
