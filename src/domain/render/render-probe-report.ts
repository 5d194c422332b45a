import type { Deployment } from '../deployment.ts';
import { type ProbeReportEntry, type ProbeSkip, tallyOutcomes } from '../probe-report.ts';
import { templateItems } from '../template.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';

const ICON = { pass: ':large_green_circle:', fail: ':red_circle:', inconclusive: ':large_yellow_circle:' } as const;
const MAX_REPORT = 3800;

/** The thread message after a probe run: each item's outcome, its failing conditions with observed values. */
export function renderProbeReport(
  deployment: Deployment,
  entries: readonly ProbeReportEntry[],
  skipped: readonly ProbeSkip[],
  heading: string,
): string {
  const text = new Map(templateItems(deployment.template).map(({ item }) => [item.key, item.text]));
  const tally = tallyOutcomes(entries);
  const parts = [`${tally.pass} pass`, `${tally.fail} fail`];
  if (tally.inconclusive > 0) parts.push(`${tally.inconclusive} inconclusive`);
  const lines = [`*${escapeMrkdwn(heading)}*: ${parts.join(', ')}`];
  // Failures first: they are what the reader has to act on.
  const order = { fail: 0, inconclusive: 1, pass: 2 } as const;
  for (const entry of [...entries].sort((a, b) => order[a.outcome] - order[b.outcome])) {
    const retried = entry.attempts > 1 ? `, retried once` : '';
    const grade = entry.grade ? `, grade ${escapeMrkdwn(entry.grade)}` : '';
    lines.push(
      `${ICON[entry.outcome]} *${escapeMrkdwn(truncate(text.get(entry.itemKey) ?? entry.itemKey, 120))}* (${entry.kind} ${escapeMrkdwn(entry.target)}, ${entry.durationMs} ms${retried}${grade})`,
    );
    if (entry.outcome === 'pass') continue;
    if (entry.failing.length === 0) lines.push(`\u2003${escapeMrkdwn(truncate(entry.error ?? entry.summary, 300))}`);
    for (const condition of entry.failing.slice(0, 6))
      lines.push(`\u2003✗ \`${escapeMrkdwn(truncate(condition, 200))}\``);
    for (const warning of entry.warnings.slice(0, 3)) lines.push(`\u2003! ${escapeMrkdwn(truncate(warning, 200))}`);
  }
  for (const skip of skipped) {
    lines.push(
      `:white_circle: *${escapeMrkdwn(truncate(text.get(skip.itemKey) ?? skip.itemKey, 120))}*: not run, ${escapeMrkdwn(skip.reason)}`,
    );
  }
  return truncate(lines.join('\n'), MAX_REPORT);
}
