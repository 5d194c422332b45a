import { type ChainVerdict, verifyAuditChain } from '../domain/audit-chain.ts';
import { buildDeploymentReport, type DeploymentReport } from '../domain/report/build-deployment-report.ts';
import {
  type Period,
  type PeriodRange,
  type PopulationRow,
  parsePeriod,
  populationRow,
  renderPopulationCsv,
  renderPopulationJson,
} from '../domain/report/population.ts';
import { renderReportHtml } from '../domain/report/render-report-html.ts';
import { renderReportJson } from '../domain/report/render-report-json.ts';
import { renderReportMarkdown } from '../domain/report/render-report-markdown.ts';
import {
  auditChainOf,
  deploymentIdsStartedBetween,
  listDeployments,
  loadDeploymentRecord,
} from '../store/deployment-records.ts';
import { createStore, type Store } from '../store/store.ts';

/**
 * The audit operations every surface calls (the CLI today; a Slack Report button or the HTTP API alike): plain input
 * in, plain data out. Rendering (Markdown, HTML, JSON, CSV) is the pure functions in src/domain/report.
 */

export type RecordsStore = Store;

/** Opens the bot's database for reading records (pending migrations and the audit chain's one-time step run first). */
export function openRecordsStore(databaseUrl: string): Promise<RecordsStore> {
  // A command waits a little for a database that is starting, not the bot's full minute.
  return createStore(databaseUrl, { poolSize: 2, startupWaitSeconds: 10 });
}

/** The report of one deployment, or undefined when there is no such deployment. */
export async function deploymentReport(store: Store, id: string): Promise<DeploymentReport | undefined> {
  const record = await loadDeploymentRecord(store, id);
  return record ? buildDeploymentReport(record) : undefined;
}

/** One row per deployment started in the period, oldest first. */
export async function populationExport(store: Store, period: PeriodRange): Promise<PopulationRow[]> {
  const rows: PopulationRow[] = [];
  for (const id of await deploymentIdsStartedBetween(store, period.from, period.until)) {
    const report = await deploymentReport(store, id);
    if (report) rows.push(populationRow(report));
  }
  return rows;
}

export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
const REPORT_RENDERERS = { md: renderReportMarkdown, html: renderReportHtml, json: renderReportJson };

/** The report of one deployment laid out in a format (the HTTP API), or undefined when there is no such deployment. */
export async function renderedDeploymentReport(
  store: Store,
  id: string,
  format: ReportFormat,
): Promise<string | undefined> {
  const report = await deploymentReport(store, id);
  return report ? REPORT_RENDERERS[format](report) : undefined;
}

export const POPULATION_FORMATS = ['csv', 'json'] as const;
export type PopulationFormat = (typeof POPULATION_FORMATS)[number];

/** The population of a period (whole UTC days, both included) laid out as CSV or JSON, as `export` writes it. */
export async function renderedPopulationExport(
  store: Store,
  period: Period,
  format: PopulationFormat,
): Promise<{ ok: true; text: string; count: number } | { ok: false; problem: string }> {
  const range = parsePeriod(period.from, period.to);
  if ('error' in range) return { ok: false, problem: range.error };
  const rows = await populationExport(store, range);
  const text = format === 'csv' ? renderPopulationCsv(rows) : renderPopulationJson(period, rows);
  return { ok: true, text, count: rows.length };
}

export type ChainCheck = { deploymentId: string; service: string; environment: string; verdict: ChainVerdict };

/** Recomputes the audit chain of one deployment, or of every deployment; undefined when the one asked for is absent. */
export async function verifyAuditLog(store: Store, deploymentId?: string): Promise<ChainCheck[] | undefined> {
  const all = await listDeployments(store);
  const targets = deploymentId ? all.filter((d) => d.id === deploymentId) : all;
  if (deploymentId && targets.length === 0) return undefined;
  const checks: ChainCheck[] = [];
  for (const target of targets) {
    const chain = await auditChainOf(store, target.id);
    if (!chain) continue;
    checks.push({
      deploymentId: target.id,
      service: target.service,
      environment: target.environment,
      verdict: verifyAuditChain(chain.rows, chain.head),
    });
  }
  return checks;
}
