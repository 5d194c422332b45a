import { formatCondition, type ProbeOutcome, type ProbeResult } from './types.ts';

const LABELS: Record<ProbeOutcome, string> = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' };

/**
 * Plain text for a terminal: one block per probe with its failing conditions and what was observed, then a
 * count. Passing conditions are left out; `--json` has everything.
 */
export function formatProbeResults(results: readonly ProbeResult[]): string {
  const blocks = results.map(formatProbeResult);
  return `${blocks.join('\n')}\n${formatTally(results)}\n`;
}

export function formatProbeResult(result: ProbeResult): string {
  const attempts = result.attempts > 1 ? `, ${result.attempts} attempts` : '';
  const grade = typeof result.evidence.grade === 'string' ? `  grade ${result.evidence.grade}` : '';
  const lines = [
    `${LABELS[result.outcome].padEnd(12)} ${result.kind.padEnd(11)} ${result.target}  (${result.durationMs} ms${attempts})${grade}`,
  ];
  const failing = result.conditions.filter((condition) => !condition.ok);
  if (result.outcome === 'pass' || failing.length === 0) lines.push(`  ${result.summary}`);
  for (const condition of failing) lines.push(`  ✗ ${formatCondition(condition)}`);
  for (const warning of result.warnings ?? []) lines.push(`  ! ${warning}`);
  return `${lines.join('\n')}\n`;
}

export function formatTally(results: readonly ProbeResult[]): string {
  const count = (outcome: ProbeOutcome) => results.filter((result) => result.outcome === outcome).length;
  const parts = [`${count('pass')} pass`, `${count('fail')} fail`];
  if (count('inconclusive') > 0) parts.push(`${count('inconclusive')} inconclusive`);
  return `${results.length} probe${results.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** pass only when every probe passed; a probe that could not look is not a pass. */
export function overallOutcome(results: readonly ProbeResult[]): ProbeOutcome {
  if (results.some((result) => result.outcome === 'fail')) return 'fail';
  if (results.some((result) => result.outcome === 'inconclusive')) return 'inconclusive';
  return 'pass';
}
