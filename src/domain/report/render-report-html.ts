import { type DeploymentReport, probeNotRunText, type ReportAuditRow } from './build-deployment-report.ts';
import { reportHash } from './render-report-json.ts';
import { conditionText } from './render-report-markdown.ts';
import { renderTimelineSvg, timelineMarks } from './report-timeline.ts';

/** Text as HTML shows it literally: nothing a person typed can become markup, a link or a script. */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const h = (value: string | null | undefined): string => (value ? htmlText(value) : '—');

// Self-contained on purpose: the file is handed to auditors and archived, so it loads nothing (no fonts, scripts,
// images or style sheets from elsewhere) and prints on A4 or Letter without the screen's colours.
const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 12.5px; }
th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f2f2f2; white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.pass, .ok { color: #1e6b31; } .fail, .broken { color: #a4161a; font-weight: 600; } .inconclusive { color: #8a5a00; }
.override { background: #fff4e5; border-left: 4px solid #b36b00; padding: .4rem .6rem; }
svg.timeline { max-width: 100%; height: auto; }
@page { margin: 1.5cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; }
  h2 { break-after: avoid; } tr, svg.timeline { break-inside: avoid; }
  th { background: none; } .override { background: none; }
}
`;

function table(header: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p><em>None.</em></p>';
  return [
    '<table>',
    `<thead><tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');
}

const outcomeClass = (outcome: string) => (['pass', 'fail', 'inconclusive'].includes(outcome) ? outcome : '');

export function renderReportHtml(report: DeploymentReport): string {
  const title = `Deployment report: ${report.service} ${report.version} → ${report.environment}`;
  const goLive = report.timeline.goLive;
  const sod = report.separationOfDuties;
  const body: string[] = [
    `<h1>${htmlText(title)}</h1>`,
    table(
      ['Field', 'Value'],
      [
        ['Service', h(report.service)],
        ['Version', h(report.version)],
        ['Environment', h(report.environment)],
        ['Owner', h(report.owner)],
        ['Template', `${h(report.template.name)} (${h(report.template.title)})`],
        ['Template hash', `<code>${h(report.template.hash)}</code>`],
        ['Deployment id', `<code>${h(report.id)}</code>`],
        ['Status', `${h(report.status)} (outcome: ${h(report.outcome)})`],
      ],
    ),
    '<h2>Timeline</h2>',
    renderTimelineSvg(timelineMarks(report), htmlText),
    '<ul>',
    `<li><strong>Started:</strong> ${h(report.timeline.started)}</li>`,
    goLive
      ? `<li><strong>Went live:</strong> ${h(goLive.at)} by ${h(goLive.by)}</li>`
      : '<li><strong>Went live:</strong> not live</li>',
    goLive
      ? `<li><strong>Probes at go-live:</strong> ${goLive.probes ? `${goLive.probes.pass} pass, ${goLive.probes.fail} fail, ${goLive.probes.inconclusive} inconclusive (run <code>${h(goLive.probes.runId)}</code> at ${h(goLive.probes.at)})` : 'no probe run before go-live'}</li>`
      : '',
    `<li><strong>Closed:</strong> ${h(report.timeline.closed ?? 'open')}</li>`,
    '</ul>',
    goLive?.override
      ? `<p class="override"><strong>Override:</strong> went live without every approval: ${h(goLive.override)}${goLive.openAtGoLive.length > 0 ? `<br>Open at go-live: ${goLive.openAtGoLive.map(h).join('; ')}` : ''}</p>`
      : '',
    '<h2>Checklist</h2>',
    ...report.phases.flatMap((phase) => [
      `<h3>${h(phase.title)} (${h(phase.kind)})</h3>`,
      table(
        ['Item', 'Required', 'State', 'By', 'At', 'Evidence'],
        phase.items.map((item) => [
          h(item.text),
          item.required ? 'yes' : 'no',
          h(item.state),
          h(item.by),
          h(item.at),
          item.evidence
            ? `<span class="${outcomeClass(item.evidence.outcome)}">${h(item.evidence.outcome)}</span>: ${h(item.evidence.summary)} (${h(item.evidence.at)})${item.evidence.conditions.map((c) => `<br>${h(conditionText(c))}`).join('')}`
            : item.probe
              ? h(probeNotRunText(item.probe))
              : '—',
        ]),
      ),
    ]),
    '<h2>Probe runs</h2>',
    report.probeRuns.length === 0 ? '<p><em>None.</em></p>' : '',
    ...report.probeRuns.flatMap((run) => [
      `<h3>${h(run.at)} (${h(run.trigger)}, run <code>${h(run.runId)}</code>)</h3>`,
      table(
        ['Item', 'Kind', 'Target', 'Outcome', 'Summary', 'Conditions', 'Duration'],
        run.probes.map((p) => [
          h(p.itemKey),
          h(p.kind),
          h(p.target),
          `<span class="${outcomeClass(p.outcome)}">${h(p.outcome)}</span>`,
          h(p.summary),
          p.conditions.map((c) => h(conditionText(c))).join('<br>') || '—',
          `${p.durationMs} ms${p.attempts > 1 ? ` (${p.attempts} attempts)` : ''}`,
        ]),
      ),
    ]),
    '<h2>Roles and sign-offs</h2>',
    table(
      ['Role', 'Required', 'Assignees', 'Status'],
      report.roles.map((role) => [
        h(role.title),
        role.required ? 'yes' : 'no',
        role.assignees.map(h).join(', ') || '—',
        h(role.status),
      ]),
    ),
    table(
      ['Role', 'By', 'Decision', 'At', 'Before go-live', 'Counted at go-live', 'Stale', 'Reason / note'],
      report.roles.flatMap((role) =>
        role.signOffs.map((s) => [
          h(role.title),
          h(s.by),
          h(s.decision),
          h(s.at),
          s.beforeGoLive === null ? '—' : s.beforeGoLive ? 'yes' : 'no',
          s.countedAtGoLive ? 'yes' : 'no',
          s.stale ? `${h(s.stale.at)}: ${h(s.stale.reason)}` : '—',
          [s.reason, s.note].filter(Boolean).map(h).join(' / ') || '—',
        ]),
      ),
    ),
    '<h2>Separation of duties</h2>',
    sod.respected
      ? '<p class="ok"><strong>Respected.</strong></p>'
      : `<p class="broken">Not respected:</p><ul>${sod.findings.map((f) => `<li>${h(f)}</li>`).join('')}</ul>`,
    `<p>Template rules: the owner ${sod.rules.ownerMaySignRequired ? 'may' : 'may not'} sign a required role; one person ${sod.rules.onePersonManyRequiredRoles ? 'may' : 'may not'} sign two required roles.</p>`,
    '<h2>Check-ins</h2>',
    table(
      ['Check-in', 'After', 'Sent', 'Escalated', 'Answered', 'By', 'Answer', 'Note'],
      report.checkIns.map((c) => [
        h(c.title),
        h(c.after),
        h(c.sentAt),
        h(c.escalatedAt),
        h(c.answeredAt),
        h(c.answeredBy),
        h(c.answer),
        h(c.note),
      ]),
    ),
    report.verifications.length > 0 ? '<h3>Verification</h3>' : '',
    report.verifications.length > 0
      ? table(
          ['Role', 'By', 'Issues', 'Status', 'At', 'Note'],
          report.verifications.map((v) => [h(v.role), h(v.by), h(v.issues), h(v.status), h(v.at), h(v.note)]),
        )
      : '',
    '<h2>Rollback</h2>',
    report.rollback.reason ? `<p><strong>Reason:</strong> ${h(report.rollback.reason)}</p>` : '',
    auditTable(report.rollback.events),
    '<h2>Audit log</h2>',
    auditTable(report.audit),
    '<h2>Audit chain</h2>',
    '<ul>',
    `<li><strong>Head hash:</strong> <code>${h(report.auditChain.headHash ?? 'none')}</code></li>`,
    `<li><strong>Rows:</strong> ${report.auditChain.rows}</li>`,
    `<li><strong>Verified:</strong> ${report.auditChain.intact ? '<span class="ok">intact</span>' : `<span class="broken">BROKEN: ${h(report.auditChain.problem)}</span>`}</li>`,
    `<li><strong>Report hash</strong> (SHA-256 of this report's JSON form): <code>${reportHash(report)}</code></li>`,
    '</ul>',
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body.filter((part) => part !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function auditTable(rows: readonly ReportAuditRow[]): string {
  return table(
    ['#', 'At', 'Actor', 'Action', 'Item', 'Data', 'Hash'],
    rows.map((row) => [
      String(row.id),
      h(row.at),
      h(row.actor),
      h(row.action),
      h(row.itemKey),
      h(
        row.data === null || (typeof row.data === 'object' && Object.keys(row.data as object).length === 0)
          ? ''
          : typeof row.data === 'string'
            ? row.data
            : JSON.stringify(row.data),
      ),
      row.hash ? `<code title="${h(row.hash)}">${h(row.hash.slice(0, 12))}</code>` : 'none',
    ]),
  );
}
