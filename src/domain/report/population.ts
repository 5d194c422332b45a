import type { DeploymentReport, Outcome } from './build-deployment-report.ts';
import { reportHash } from './render-report-json.ts';

/**
 * One deployment in the population export (docs/audit.md lists the columns): the facts an auditor samples from,
 * taken from the deployment's report so the export and the report can never disagree.
 */
export type PopulationRow = {
  id: string;
  service: string;
  version: string;
  environment: string;
  owner: string;
  started: string;
  wentLive: string | null;
  wentLiveBy: string | null;
  /** The approval each role had at go-live (or now, before go-live). */
  approvals: Array<{ role: string; required: boolean; by: string; at: string; beforeGoLive: boolean | null }>;
  /** Every required role had an approval given before go-live. */
  approvedBeforeGoLive: boolean | null;
  override: boolean;
  overrideReason: string | null;
  separationOfDutiesRespected: boolean;
  /** The newest probe run at or before go-live: `3 pass, 1 fail, 0 inconclusive`. */
  probesAtGoLive: string | null;
  outcome: Outcome;
  closed: string | null;
  auditChainIntact: boolean;
  auditHeadHash: string | null;
  /** SHA-256 of the deployment's report in JSON (`deploy-checklist report ID --format json`). */
  reportHash: string;
};

export function populationRow(report: DeploymentReport): PopulationRow {
  const goLive = report.timeline.goLive;
  const approvals = report.roles.flatMap((role) =>
    role.signOffs
      .filter((s) => s.countedAtGoLive)
      .map((s) => ({ role: role.key, required: role.required, by: s.by, at: s.at, beforeGoLive: s.beforeGoLive })),
  );
  const required = report.roles.filter((role) => role.required);
  return {
    id: report.id,
    service: report.service,
    version: report.version,
    environment: report.environment,
    owner: report.owner,
    started: report.timeline.started,
    wentLive: goLive?.at ?? null,
    wentLiveBy: goLive?.by ?? null,
    approvals,
    approvedBeforeGoLive: goLive
      ? required.every((role) => approvals.some((a) => a.role === role.key && a.beforeGoLive === true))
      : null,
    override: Boolean(goLive?.override),
    overrideReason: goLive?.override ?? null,
    separationOfDutiesRespected: report.separationOfDuties.respected,
    probesAtGoLive: goLive?.probes
      ? `${goLive.probes.pass} pass, ${goLive.probes.fail} fail, ${goLive.probes.inconclusive} inconclusive`
      : null,
    outcome: report.outcome,
    closed: report.timeline.closed,
    auditChainIntact: report.auditChain.intact,
    auditHeadHash: report.auditChain.headHash,
    reportHash: reportHash(report),
  };
}

/** The CSV columns, in order, with the header each gets. */
export const POPULATION_COLUMNS = [
  'id',
  'service',
  'version',
  'environment',
  'owner',
  'started',
  'went_live',
  'went_live_by',
  'approvals',
  'approved_before_go_live',
  'override',
  'override_reason',
  'separation_of_duties_respected',
  'probes_at_go_live',
  'outcome',
  'closed',
  'audit_chain_intact',
  'audit_head_hash',
  'report_hash',
] as const;

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'yes' : 'no');

function csvCells(row: PopulationRow): string[] {
  return [
    row.id,
    row.service,
    row.version,
    row.environment,
    row.owner,
    row.started,
    row.wentLive ?? '',
    row.wentLiveBy ?? '',
    row.approvals.map((a) => `${a.role}: ${a.by} at ${a.at}`).join('; '),
    yesNo(row.approvedBeforeGoLive),
    yesNo(row.override),
    row.overrideReason ?? '',
    yesNo(row.separationOfDutiesRespected),
    row.probesAtGoLive ?? '',
    row.outcome,
    row.closed ?? '',
    yesNo(row.auditChainIntact),
    row.auditHeadHash ?? '',
    row.reportHash,
  ];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or leading or trailing space, with
 * quotes doubled. A field a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return: text a person typed, such as an override reason) gets a leading `'`, so it shows as text.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The population as CSV: a header line, then one line per deployment, CRLF-terminated (RFC 4180), UTF-8. */
export function renderPopulationCsv(rows: readonly PopulationRow[]): string {
  const lines = [POPULATION_COLUMNS.join(','), ...rows.map((row) => csvCells(row).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export type Period = { from: string; to: string };

/** The population as JSON: the period asked for, the count, and the rows; nothing that changes between two runs. */
export function renderPopulationJson(period: Period, rows: readonly PopulationRow[]): string {
  return `${JSON.stringify({ format: 'deploy-checklist-population/1', period, count: rows.length, deployments: rows }, null, 2)}\n`;
}

export type PeriodRange = { from: Date /** Exclusive: the day after `to`. */; until: Date };

/**
 * `--from 2026-01-01 --to 2026-03-31`: whole days in UTC, both included. Failures as data, naming the field.
 */
export function parsePeriod(from: string | undefined, to: string | undefined): PeriodRange | { error: string } {
  const day = (name: string, text: string | undefined): { error: string } | { date: Date } => {
    if (!text) return { error: `${name} is required (a date such as 2026-01-01)` };
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(`${text}T00:00:00.000Z`) : undefined;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
      return { error: `${name} "${text}" is not a date: write YYYY-MM-DD, e.g. 2026-01-01` };
    return { date };
  };
  const start = day('--from', from);
  if ('error' in start) return start;
  const end = day('--to', to);
  if ('error' in end) return end;
  if (end.date.getTime() < start.date.getTime()) return { error: `--to ${to} is before --from ${from}` };
  return { from: start.date, until: new Date(end.date.getTime() + 24 * 60 * 60 * 1000) };
}
