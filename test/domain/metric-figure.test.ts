import { describe, expect, it } from 'vitest';
import {
  formatMetricCondition,
  formatMetricValue,
  holds,
  type MetricUnit,
  parseMetricCondition,
  worstValue,
} from '../../src/domain/metric-figure.ts';
import { compareProbeRuns, type ProbeSnapshot, snapshotFromEvidence } from '../../src/domain/probe-comparison.ts';
import { type ProbeSpec, validateProbeOptions, withDeploymentVariables } from '../../src/domain/probe-spec.ts';
import { renderCheckInMessage, renderMetricLine } from '../../src/domain/render/render-check-in.ts';
import { ZTemplate } from '../../src/domain/template.ts';
import { checkTemplateText } from '../../src/templates/check-template.ts';
import { buildDeployment, T0 } from '../support/deployment-builder.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

describe('metric figures as operators read them', () => {
  it.each<[string, number, MetricUnit, string]>([
    ['an error ratio', 0.003, 'ratio', '0.3 %'],
    ['a ratio threshold', 0.01, 'ratio', '1 %'],
    ['a percentage', 71.26, 'percent', '71.3 %'],
    ['a latency under a second', 0.19375, 'seconds', '194 ms'],
    ['a latency over a second', 2.5, 'seconds', '2.5 s'],
    ['milliseconds', 182, 'ms', '182 ms'],
    ['memory', 476.16 * 1024 * 1024, 'bytes', '476 MiB'],
    ['a count', 12_345, 'none', '12345'],
    ['a tiny number', 0.000123456, 'none', '0.000123'],
    ['a missing limit (x / 0)', Number.POSITIVE_INFINITY, 'ratio', '+Inf'],
  ])('shows %s', (_case, value, unit, text) => {
    expect(formatMetricValue(value, unit)).toBe(text);
  });

  it.each([
    ['< 0.01', { op: '<', threshold: 0.01 }],
    ['<=0.2', { op: '<=', threshold: 0.2 }],
    ['  >  0.95 ', { op: '>', threshold: 0.95 }],
    ['>= 1e3', { op: '>=', threshold: 1000 }],
    ['== 0', { op: '==', threshold: 0 }],
    ['!= -1', { op: '!=', threshold: -1 }],
    ['0.01', undefined],
    ['less than 1 %', undefined],
    ['< 1%', undefined],
    ['=< 1', undefined],
  ])('reads the condition %j', (text, parsed) => {
    expect(parseMetricCondition(text)).toEqual(parsed);
  });

  it('holds a value to each operator, and picks the worst series for the check-in', () => {
    expect([holds(0.5, { op: '<', threshold: 0.5 }), holds(0.5, { op: '<=', threshold: 0.5 })]).toEqual([false, true]);
    expect(worstValue([0.71, 0.93, 0.5], { op: '<', threshold: 0.8 })).toBe(0.93);
    expect(worstValue([0.99, 0.97], { op: '>=', threshold: 0.98 })).toBe(0.97);
    expect(formatMetricCondition({ op: '<', threshold: 0.2 }, 'seconds')).toBe('< 200 ms');
  });
});

describe('promql options in a template', () => {
  it('fills defaults and accepts the documented options', () => {
    const result = validateProbeOptions('promql', { query: 'up{job="${service}"}', condition: '== 1' });
    expect(result).toEqual({
      ok: true,
      options: { query: 'up{job="${service}"}', condition: '== 1', unit: 'none', window: '5m', label: 'value' },
    });
  });

  it.each([
    ['a condition without an operator', { query: 'up', condition: '1' }, /write an operator and a number/],
    ['an unknown variable', { query: 'up{cluster="${cluster}"}', condition: '== 1' }, /unknown variable \$\{cluster\}/],
    ['a window that is not a duration', { query: 'up', condition: '== 1', window: '5 minutes' }, /PromQL duration/],
    ['an unknown unit', { query: 'up', condition: '== 1', unit: 'percentage' }, /ratio/],
    ['a misspelt option', { query: 'up', condition: '== 1', treshold: 1 }, /unknown option "treshold"/],
  ])('refuses %s when the template loads', (_case, options, message) => {
    const result = validateProbeOptions('promql', options);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.issues.map((issue) => issue.message).join('; ')).toMatch(message);
  });

  it('points at the line of a condition YAML read as a folded block (an unquoted ">")', () => {
    const yaml = [
      'name: metrics',
      'title: Metrics',
      'phases:',
      '  - key: post',
      '    title: Post',
      '    kind: post',
      '    items:',
      '      - key: cache',
      '        text: Cache hit rate above 90 %',
      '        probe:',
      '          kind: promql',
      '          target: prometheus',
      '          options:',
      '            query: sum(rate(cache_hits_total[5m])) / sum(rate(cache_requests_total[5m]))',
      '            condition: > 0.9',
      '',
    ].join('\n');
    const result = checkTemplateText(yaml);
    expect(result.ok).toBe(false);
    // The YAML parser itself refuses it, at the line of the condition.
    expect(result.ok ? [] : result.issues.map((issue) => issue.line)).toEqual([15]);
    expect(checkTemplateText(yaml.replace('condition: > 0.9', 'condition: "> 0.9"')).ok).toBe(true);
  });

  it("fills the deployment's names into the query, escaped for a quoted label value, and leaves other kinds alone", () => {
    const spec: ProbeSpec = {
      kind: 'promql',
      target: 'prometheus',
      required: false,
      options: { query: 'up{job="${service}",env="${environment}",v="${version}"}[${window}]', condition: '== 1' },
    };
    const filled = withDeploymentVariables(spec, { service: 'pay"ments', environment: 'prod\\eu', version: 'v2.4.1' });
    expect(filled.options.query).toBe('up{job="pay\\"ments",env="prod\\\\eu",v="v2.4.1"}[${window}]');
    const http: ProbeSpec = { kind: 'http', target: 'https://x/${service}', required: true, options: {} };
    expect(withDeploymentVariables(http, { service: 'a', environment: 'b', version: 'c' })).toBe(http);
  });
});

const QUERY = 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="api"}[5m])))';

function promqlSnapshot(itemKey: string, evidence: Record<string, unknown>, outcome: ProbeSnapshot['outcome']) {
  return snapshotFromEvidence(itemKey, outcome, {
    promql: { source: 'prometheus', query: QUERY, label: 'p95', unit: 'seconds', condition: '< 0.2', ...evidence },
  });
}

describe('a check-in shows each figure now and at go-live', () => {
  it.each([
    [
      'a figure that holds',
      promqlSnapshot('p95', { value: 0.176, ok: true }, 'pass'),
      promqlSnapshot('p95', { value: 0.182, ok: true }, 'pass'),
      `:large_green_circle: *p95* 182 ms ✓ (&lt; 200 ms) · at go-live 176 ms ✓ · \`${QUERY}\``,
    ],
    [
      'a figure that broke its threshold since go-live',
      promqlSnapshot('p95', { value: 0.176, ok: true }, 'pass'),
      promqlSnapshot('p95', { value: 0.412, ok: false }, 'fail'),
      `:red_circle: *p95* 412 ms ✗ (&lt; 200 ms) · at go-live 176 ms ✓ · \`${QUERY}\``,
    ],
    [
      'a figure the store could not give now',
      promqlSnapshot('p95', { value: 0.176, ok: true }, 'pass'),
      promqlSnapshot('p95', { value: null, ok: null, error: 'query error (bad_data): parse error' }, 'inconclusive'),
      `:grey_question: *p95* no figure now (query error (bad_data): parse error) (&lt; 200 ms) · at go-live 176 ms ✓ · \`${QUERY}\``,
    ],
    [
      'a figure without a go-live run',
      undefined,
      promqlSnapshot('p95', { value: 0.182, ok: true }, 'pass'),
      `:large_green_circle: *p95* 182 ms ✓ (&lt; 200 ms) · no figure at go-live · \`${QUERY}\``,
    ],
  ])('%s', (_case, atGoLive, now, line) => {
    const comparison = compareProbeRuns(atGoLive ? [atGoLive] : [], [now]);
    expect(comparison.metrics).toHaveLength(1);
    const metric = comparison.metrics[0] as (typeof comparison.metrics)[number];
    expect(renderMetricLine(metric.now, metric.atGoLive)).toBe(line);
  });

  it('ignores evidence that is not a figure (other kinds, damaged rows)', () => {
    expect(snapshotFromEvidence('tls', 'pass', { daysLeft: 40 }).metric).toBeUndefined();
    expect(snapshotFromEvidence('x', 'pass', { promql: { label: 3 } }).metric).toBeUndefined();
    expect(snapshotFromEvidence('x', 'pass', { promql: 'text' }).metric).toBeUndefined();
  });

  it('keeps a check-in with many long figures within what Slack accepts', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `figure-${i}`);
    const template = ZTemplate.parse({
      name: 'figures',
      title: 'Figures',
      phases: [
        {
          key: 'post',
          title: 'Post',
          kind: 'post',
          items: keys.map((key) => ({
            key,
            text: `Figure ${key}`,
            probe: { kind: 'promql', target: 'prometheus', options: { query: 'up', condition: '== 1' } },
          })),
        },
      ],
      checkIns: [{ key: 'after-1h', after: '1h', title: 'First hour', probes: keys }],
    });
    const long = `sum(rate(${'x'.repeat(900)}[5m]))`;
    const snapshots = keys.map((key) =>
      snapshotFromEvidence(key, 'pass', {
        promql: { query: long, label: 'error rate', unit: 'ratio', condition: '< 0.01', value: 0.003, ok: true },
      }),
    );
    const deployment = buildDeployment({ template, goLiveAt: T0, status: 'verifying' });
    const message = renderCheckInMessage({
      deployment,
      checkIn: template.checkIns[0] as (typeof template.checkIns)[number],
      lateByMs: 0,
      missed: [],
      comparison: compareProbeRuns(snapshots, snapshots),
      mentions: [],
    });
    expect(checkSlackPayload('message', message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('*error rate* 0.3 % ✓');
  });
});
