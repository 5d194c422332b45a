import {
  formatMetricCondition,
  formatMetricValue,
  holds,
  type MetricCondition,
  parseMetricCondition,
  worstValue,
} from '../domain/metric-figure.ts';
import { type ProbeOptions, validateProbeOptions } from '../domain/probe-spec.ts';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { ProbeSideError } from './probe-errors.ts';
import { instantQuery, type PromSample } from './prometheus-query.ts';
import { DEFAULT_PROMETHEUS_SOURCE, type PrometheusSources } from './prometheus-source.ts';
import type { Condition, ProbeFn } from './types.ts';

/** Failing series listed one condition each; past this the evidence keeps the count. */
const MAX_BREAKING_CONDITIONS = 20;
const MAX_EVIDENCE_SERIES = 20;

type PromqlOptions = ProbeOptions['promql'];

/** What a check-in needs to show a figure, stored on every result, inconclusive ones included. */
export type PromqlEvidence = {
  source: string;
  query: string;
  label: string;
  unit: PromqlOptions['unit'];
  condition: string;
  /** The series furthest on the wrong side of the condition; null without data. */
  value: number | null;
  ok: boolean | null;
  /** Why there is no figure: no data, a query error, the store unreachable. */
  error?: string;
  time?: string;
  seriesCount?: number;
  breakingCount?: number;
  series?: Array<{ labels: Record<string, string>; value: number; ok: boolean }>;
  warnings?: string[];
};

/** The query as sent: `${window}` filled with the option (the deployment's variables were filled when planned). */
export function promqlQuery(options: PromqlOptions): string {
  return options.query.replaceAll('${window}', options.window);
}

/** `{instance="a:9100", job="api"}`, sorted, without `__name__`. */
export function formatLabels(labels: Record<string, string>): string {
  const pairs = Object.entries(labels)
    .filter(([name]) => name !== '__name__')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  return pairs.length > 0 ? `{${pairs.join(', ')}}` : '';
}

function sourceFor(target: string, sources: PrometheusSources | undefined) {
  const name = target.trim() || DEFAULT_PROMETHEUS_SOURCE;
  const source = sources?.[name];
  if (source) return { name, source };
  const known = Object.keys(sources ?? {});
  throw new ProbeSideError(
    known.length === 0
      ? `no metrics data source is configured: set PROMETHEUS_URL (the probe's target names the source, "${DEFAULT_PROMETHEUS_SOURCE}" for PROMETHEUS_URL)`
      : `no data source named "${name}" (configured: ${known.join(', ')}); add it to PROMETHEUS_SOURCES`,
  );
}

function judge(samples: readonly PromSample[], options: PromqlOptions, condition: MetricCondition) {
  const figures = samples.filter((sample) => !Number.isNaN(sample.value));
  const judged = figures.map((sample) => ({ ...sample, ok: holds(sample.value, condition) }));
  const breaking = judged.filter((sample) => !sample.ok);
  const expected = formatMetricValue(condition.threshold, options.unit);
  const show = (value: number) => formatMetricValue(value, options.unit);
  const conditions: Condition[] = [];
  if (judged.length === 1) {
    const [only] = judged as [(typeof judged)[number]];
    const name = samples.length > 1 ? `${options.label}${formatLabels(only.labels)}` : options.label;
    conditions.push(check(name, only.ok, show(only.value), condition.op, expected));
  } else if (breaking.length === 0) {
    const worst = worstValue(
      judged.map((sample) => sample.value),
      condition,
    ) as number;
    conditions.push(
      check(options.label, true, `worst ${show(worst)} of ${judged.length} series`, condition.op, expected),
    );
  } else {
    for (const sample of breaking.slice(0, MAX_BREAKING_CONDITIONS))
      conditions.push(
        check(`${options.label}${formatLabels(sample.labels)}`, false, show(sample.value), condition.op, expected),
      );
    if (breaking.length > MAX_BREAKING_CONDITIONS)
      conditions.push(
        check(
          options.label,
          false,
          `${breaking.length - MAX_BREAKING_CONDITIONS} more of ${judged.length} series`,
          condition.op,
          expected,
        ),
      );
  }
  return { judged, breaking, conditions };
}

const observePromql = defineProbe('promql', {
  // The query function retries an unreachable store once itself; a failing figure is not retried.
  retry: false,
  observe: async (target, options, ctx) => {
    const { name, source } = sourceFor(target, ctx.prometheus);
    const query = promqlQuery(options);
    const unfilled = /\$\{(\w+)\}/.exec(query);
    if (unfilled) {
      throw new ProbeSideError(
        `the query still holds \${${unfilled[1]}}: the deployment's variables are filled only for a deployment's probes`,
      );
    }
    const condition = parseMetricCondition(options.condition) as MetricCondition;
    const at = ctx.now();
    const answer = await instantQuery(name, source, query, at, ctx);
    if (answer.samples.length === 0) {
      throw new ProbeSideError(
        'no data: the query returned no series (check the metric and its labels; where no series means zero, append `or vector(0)`)',
      );
    }
    const { judged, breaking, conditions } = judge(answer.samples, options, condition);
    if (judged.length === 0) {
      throw new ProbeSideError('no data: every series is NaN (a ratio over a window without traffic is 0/0)');
    }
    const worst = worstValue(
      judged.map((sample) => sample.value),
      condition,
    ) as number;
    const evidence: PromqlEvidence = {
      ...describePromql(name, options),
      value: worst,
      ok: breaking.length === 0,
      time: at.toISOString(),
      seriesCount: judged.length,
      breakingCount: breaking.length,
      series: [...breaking, ...judged.filter((sample) => sample.ok)].slice(0, MAX_EVIDENCE_SERIES),
      ...(answer.warnings.length > 0 ? { warnings: answer.warnings } : {}),
    };
    const skipped = answer.samples.length - judged.length;
    return {
      conditions,
      evidence: { promql: evidence },
      highlight: `${options.label} ${formatMetricValue(worst, options.unit)} (${formatMetricCondition(condition, options.unit)})`,
      ...(skipped > 0 ? { warnings: [`${skipped} of ${answer.samples.length} series had no figure (NaN)`] } : {}),
    };
  },
});

function describePromql(source: string, options: PromqlOptions) {
  return {
    source,
    query: promqlQuery(options),
    label: options.label,
    unit: options.unit,
    condition: options.condition.trim(),
  };
}

/**
 * Reads a figure from Prometheus (or a store with its HTTP API) and holds every series to the condition. When the
 * store cannot answer, the result is inconclusive and still carries the query, so a check-in can show which
 * figure is missing and why.
 */
export const promqlProbe: ProbeFn = async (spec, ctx) => {
  const result = await observePromql(spec, ctx);
  if (result.outcome !== 'inconclusive') return result;
  const options = validateProbeOptions('promql', spec.options);
  if (!options.ok) return result;
  const evidence: PromqlEvidence = {
    ...describePromql(spec.target.trim() || DEFAULT_PROMETHEUS_SOURCE, options.options),
    value: null,
    ok: null,
    ...(result.error ? { error: result.error } : {}),
  };
  return { ...result, evidence: { ...result.evidence, promql: evidence } };
};
