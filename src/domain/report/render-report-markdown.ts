import { type DeploymentReport, probeNotRunText, type ReportAuditRow } from './build-deployment-report.ts';
import type { ProbeCondition } from './deployment-record.ts';
import { reportHash } from './render-report-json.ts';

/**
 * Text as Markdown shows it literally: what people typed (notes, reasons, item texts) may hold `|`, `*`, `<`, a
 * newline; escaped, it can neither break a table nor turn into a link, emphasis or HTML.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&')
    .replace(/\r\n?|\n/g, ' ')
    .trim();
}

const md = (value: string | null | undefined): string => (value ? markdownText(value) : '—');

function table(header: string[], rows: string[][]): string {
  if (rows.length === 0) return '_None._\n';
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

export function conditionText(condition: ProbeCondition): string {
  return `${condition.ok ? '✓' : '✗'} ${condition.name} (${condition.observed}) ${condition.op ?? '=='} ${condition.expected}`;
}

function dataText(row: ReportAuditRow): string {
  if (row.data === null || (typeof row.data === 'object' && Object.keys(row.data as object).length === 0)) return '';
  return typeof row.data === 'string' ? row.data : JSON.stringify(row.data);
}

export function renderReportMarkdown(report: DeploymentReport): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    `# Deployment report: ${md(report.service)} ${md(report.version)} → ${md(report.environment)}`,
    '',
    table(
      ['Field', 'Value'],
      [
        ['Service', md(report.service)],
        ['Version', md(report.version)],
        ['Environment', md(report.environment)],
        ['Owner', md(report.owner)],
        ['Template', `${md(report.template.name)} (${md(report.template.title)})`],
        ['Template hash', `\`${report.template.hash}\``],
        ['Deployment id', md(report.id)],
        ['Status', `${md(report.status)} (outcome: ${report.outcome})`],
      ],
    ),
  );

  const goLive = report.timeline.goLive;
  push('## Timeline', '', `- **Started:** ${report.timeline.started}`);
  if (goLive) {
    push(`- **Went live:** ${goLive.at} by ${md(goLive.by)}`);
    if (goLive.override) push(`- **Override:** went live without every approval: ${md(goLive.override)}`);
    for (const open of goLive.openAtGoLive) push(`  - open at go-live: ${md(open)}`);
    push(
      `- **Probes at go-live:** ${goLive.probes ? `${goLive.probes.pass} pass, ${goLive.probes.fail} fail, ${goLive.probes.inconclusive} inconclusive (run ${md(goLive.probes.runId)} at ${goLive.probes.at})` : 'no probe run before go-live'}`,
    );
  } else {
    push('- **Went live:** not live');
  }
  push(`- **Closed:** ${report.timeline.closed ?? 'open'}`, '');

  push('## Checklist', '');
  for (const phase of report.phases) {
    push(`### ${md(phase.title)} (${phase.kind})`, '');
    push(
      table(
        ['Item', 'Required', 'State', 'By', 'At', 'Evidence'],
        phase.items.map((item) => [
          md(item.text),
          item.required ? 'yes' : 'no',
          item.state,
          md(item.by),
          item.at ?? '—',
          item.evidence
            ? `${item.evidence.outcome}: ${md(item.evidence.summary)} (${item.evidence.at})${item.evidence.conditions.map((c) => `; ${md(conditionText(c))}`).join('')}`
            : item.probe
              ? md(probeNotRunText(item.probe))
              : '—',
        ]),
      ),
    );
  }

  push('## Probe runs', '');
  if (report.probeRuns.length === 0) push('_None._', '');
  for (const run of report.probeRuns) {
    push(`### ${run.at} (${md(run.trigger)}, run ${md(run.runId)})`, '');
    push(
      table(
        ['Item', 'Kind', 'Target', 'Outcome', 'Summary', 'Conditions', 'Duration'],
        run.probes.map((p) => [
          md(p.itemKey),
          md(p.kind),
          md(p.target),
          p.outcome,
          md(p.summary),
          p.conditions.map((c) => md(conditionText(c))).join('; ') || '—',
          `${p.durationMs} ms${p.attempts > 1 ? ` (${p.attempts} attempts)` : ''}`,
        ]),
      ),
    );
  }

  push('## Roles and sign-offs', '');
  push(
    table(
      ['Role', 'Required', 'Assignees', 'Status'],
      report.roles.map((role) => [
        md(role.title),
        role.required ? 'yes' : 'no',
        role.assignees.map(md).join(', ') || '—',
        role.status,
      ]),
    ),
  );
  push(
    table(
      ['Role', 'By', 'Decision', 'At', 'Before go-live', 'Counted at go-live', 'Stale', 'Reason / note'],
      report.roles.flatMap((role) =>
        role.signOffs.map((s) => [
          md(role.title),
          md(s.by),
          s.decision,
          s.at,
          s.beforeGoLive === null ? '—' : s.beforeGoLive ? 'yes' : 'no',
          s.countedAtGoLive ? 'yes' : 'no',
          s.stale ? `${s.stale.at}: ${md(s.stale.reason)}` : '—',
          [s.reason, s.note].filter(Boolean).map(md).join(' / ') || '—',
        ]),
      ),
    ),
  );

  push('## Separation of duties', '');
  const sod = report.separationOfDuties;
  push(sod.respected ? '**Respected.**' : '**Not respected:**');
  for (const finding of sod.findings) push(`- ${md(finding)}`);
  push(
    '',
    `Template rules: the owner ${sod.rules.ownerMaySignRequired ? 'may' : 'may not'} sign a required role; one person ${sod.rules.onePersonManyRequiredRoles ? 'may' : 'may not'} sign two required roles.`,
    '',
  );

  push('## Check-ins', '');
  push(
    table(
      ['Check-in', 'After', 'Sent', 'Escalated', 'Answered', 'By', 'Answer', 'Note'],
      report.checkIns.map((c) => [
        md(c.title),
        c.after,
        c.sentAt ?? '—',
        c.escalatedAt ?? '—',
        c.answeredAt ?? '—',
        md(c.answeredBy),
        c.answer ?? '—',
        md(c.note),
      ]),
    ),
  );
  if (report.verifications.length > 0) {
    push('### Verification', '');
    push(
      table(
        ['Role', 'By', 'Issues', 'Status', 'At', 'Note'],
        report.verifications.map((v) => [md(v.role), md(v.by), v.issues, v.status, v.at, md(v.note)]),
      ),
    );
  }

  push('## Rollback', '');
  if (report.rollback.reason) push(`**Reason:** ${md(report.rollback.reason)}`, '');
  push(auditTable(report.rollback.events));

  push('## Audit log', '', auditTable(report.audit));

  push('## Audit chain', '');
  push(`- **Head hash:** \`${report.auditChain.headHash ?? 'none'}\``);
  push(`- **Rows:** ${report.auditChain.rows}`);
  push(`- **Verified:** ${report.auditChain.intact ? 'intact' : `BROKEN: ${md(report.auditChain.problem)}`}`);
  push(`- **Report hash** (SHA-256 of this report's JSON form): \`${reportHash(report)}\``, '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function auditTable(rows: readonly ReportAuditRow[]): string {
  return table(
    ['#', 'At', 'Actor', 'Action', 'Item', 'Data', 'Hash'],
    rows.map((row) => [
      String(row.id),
      row.at,
      md(row.actor),
      md(row.action),
      md(row.itemKey),
      md(dataText(row)),
      row.hash ? `\`${row.hash.slice(0, 12)}\`` : 'none',
    ]),
  );
}
