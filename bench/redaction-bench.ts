import { performance } from 'node:perf_hooks';
import { redact } from '../src/logger.ts';
import { type Bench, type BenchReport, percentile } from './bench-report.ts';

// A request can put up to Bolt's 4 MB body limit into one field, and the request log line is redacted on the thread
// that acks Slack. The old URL rule was quadratic (100 KB: 10–15 s); linear, a megabyte is milliseconds. The target
// (the median of a few rounds) leaves room for a busy two-core machine while staying far below what a quadratic rule needs at this size.
const FIELD_BYTES = 1_000_000;
const TARGET_MS = 250;
const ROUNDS = 7;

/** Field contents that made the old patterns retry from every position. */
const SHAPES: Array<[string, string]> = [
  ['one long word', 'a'.repeat(FIELD_BYTES)],
  ['scheme-like run', 'a.b-c+'.repeat(FIELD_BYTES / 6)],
  ['many schemes', 'a://'.repeat(FIELD_BYTES / 4)],
  ['user-info without @', `https://${'u:p'.repeat(FIELD_BYTES / 3)}`],
  ['tokens', 'xoxb-1 '.repeat(FIELD_BYTES / 7)],
];

export const redactionBench: Bench = {
  name: 'redaction',
  run: async (): Promise<BenchReport> => {
    const figures = [];
    const targets = [];
    for (const [shape, field] of SHAPES) {
      const line = JSON.stringify({ level: 'info', message: 'slack request', user: field });
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        redact(line, ['test-signing-secret-123']);
        times.push(performance.now() - started);
      }
      const median = percentile(times, 50);
      figures.push({ label: `redact a 1 MB log line (${shape}), median of ${ROUNDS}`, value: median, unit: 'ms' });
      targets.push({
        label: `1 MB line (${shape}) redacted within ${TARGET_MS} ms`,
        ok: median <= TARGET_MS,
        detail: `${median.toFixed(1)} ms (median)`,
      });
    }
    return { name: 'redaction', figures, targets };
  },
};
