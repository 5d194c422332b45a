/**
 * A figure read from a metrics store and the threshold it is held to, written the way an operator says it:
 * an error ratio of 0.003 against `< 0.01` reads "0.3 % (< 1 %)", a latency of 0.182 s against `< 0.2` reads
 * "182 ms (< 200 ms)". Shared by the promql probe (its conditions) and the check-in (its comparison).
 */

export const METRIC_UNITS = ['ratio', 'percent', 'seconds', 'ms', 'bytes', 'none'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const METRIC_OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;
export type MetricOperator = (typeof METRIC_OPERATORS)[number];

export type MetricCondition = { op: MetricOperator; threshold: number };

const CONDITION = /^\s*(<=|>=|==|!=|<|>)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;

/** `"< 0.01"` → `{ op: '<', threshold: 0.01 }`; anything else is undefined (the options schema reports it). */
export function parseMetricCondition(text: string): MetricCondition | undefined {
  const match = CONDITION.exec(text);
  if (!match) return undefined;
  return { op: match[1] as MetricOperator, threshold: Number(match[2]) };
}

export function holds(value: number, condition: MetricCondition): boolean {
  const { op, threshold } = condition;
  switch (op) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}

/**
 * The value furthest on the wrong side of the condition: the one a check-in shows when a query returns several
 * series (the worst instance is what an operator wants to see first).
 */
export function worstValue(values: readonly number[], condition: MetricCondition): number | undefined {
  if (values.length === 0) return undefined;
  const lowerIsBetter = condition.op === '<' || condition.op === '<=';
  const higherIsBetter = condition.op === '>' || condition.op === '>=';
  if (lowerIsBetter) return Math.max(...values);
  if (higherIsBetter) return Math.min(...values);
  return values.find((value) => !holds(value, condition)) ?? values[0];
}

/** A number with three significant digits at most, without trailing zeros (0.3, 182, 1.25, 12400). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** A value in its unit, for people: ratio → %, seconds → ms below one second, bytes → KiB…TiB. */
export function formatMetricValue(value: number, unit: MetricUnit): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  switch (unit) {
    case 'ratio':
      return `${formatNumber(value * 100)} %`;
    case 'percent':
      return `${formatNumber(value)} %`;
    case 'seconds':
      return Math.abs(value) < 1 ? `${formatNumber(value * 1000)} ms` : `${formatNumber(value)} s`;
    case 'ms':
      return `${formatNumber(value)} ms`;
    case 'bytes': {
      let scaled = value;
      let index = 0;
      while (Math.abs(scaled) >= 1024 && index < BYTE_UNITS.length - 1) {
        scaled /= 1024;
        index++;
      }
      return `${formatNumber(scaled)} ${BYTE_UNITS[index]}`;
    }
    case 'none':
      return formatNumber(value);
  }
}

/** `< 1 %` for `{ op: '<', threshold: 0.01 }` in `ratio`. */
export function formatMetricCondition(condition: MetricCondition, unit: MetricUnit): string {
  return `${condition.op} ${formatMetricValue(condition.threshold, unit)}`;
}
