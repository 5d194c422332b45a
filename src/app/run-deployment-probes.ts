import type { Deployment } from '../domain/deployment.ts';
import type { ProbeReportEntry, ProbeSkip } from '../domain/probe-report.ts';
import { interpolateTarget, withDeploymentVariables } from '../domain/probe-spec.ts';
import { renderProbeReport } from '../domain/render/render-probe-report.ts';
import { templateItems } from '../domain/template.ts';
import { type ProbeRequest, runProbes } from '../probes/run-probes.ts';
import { formatCondition, type ProbeResult } from '../probes/types.ts';
import { newId } from '../store/ids.ts';
import type { Store } from '../store/store.ts';
import { applyChange } from './apply-change.ts';
import type { CoreDeps } from './core-deps.ts';

export type ProbePlan = { requests: ProbeRequest[]; skipped: ProbeSkip[] };

function probeItems(deployment: Deployment, itemKeys?: readonly string[]) {
  return templateItems(deployment.template).filter(
    ({ item }) => item.probe && (!itemKeys || itemKeys.includes(item.key)),
  );
}

/** Which probes can run: targets come from the template and the deployment's endpoints, never from chat text. */
export function planProbes(deployment: Deployment, itemKeys?: readonly string[]): ProbePlan {
  const requests: ProbePlan['requests'] = [];
  const skipped: ProbeSkip[] = [];
  for (const { item } of probeItems(deployment, itemKeys)) {
    const probe = item.probe;
    if (!probe) continue;
    const target = interpolateTarget(probe.target, deployment.endpoints);
    if (!target.ok) {
      skipped.push({
        itemKey: item.key,
        reason: `set ${target.missing.map((name) => `\${${name}}`).join(', ')} first (*Set URL* on the card, or \`--url\` at start)`,
      });
      continue;
    }
    requests.push({ id: item.key, spec: withDeploymentVariables({ ...probe, target: target.value }, deployment) });
  }
  return { requests, skipped };
}

/** What the thread's probe report and the items show of one result. */
export function probeReportEntry(itemKey: string, result: ProbeResult): ProbeReportEntry {
  return {
    itemKey,
    kind: result.kind,
    target: result.target,
    outcome: result.outcome,
    summary: result.summary,
    failing: result.conditions.filter((c) => !c.ok).map(formatCondition),
    warnings: result.warnings ?? [],
    attempts: result.attempts,
    durationMs: result.durationMs,
    ...(typeof result.evidence.grade === 'string' ? { grade: result.evidence.grade } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
}

/** Stores every result of one run as evidence (ProbeRun rows), before anything is applied to the deployment. */
export async function recordProbeRun(
  store: Store,
  run: { deploymentId: string; runId: string; trigger: string; at: Date },
  ran: ReadonlyArray<{ id: string; result: ProbeResult }>,
): Promise<void> {
  await store.probeRuns.record(
    ran.map(({ id, result }) => ({
      deploymentId: run.deploymentId,
      runId: run.runId,
      itemKey: id,
      kind: result.kind,
      target: result.target,
      outcome: result.outcome,
      conditionsJson: JSON.stringify(result.conditions),
      evidenceJson: JSON.stringify(result.evidence),
      summary: result.summary.slice(0, 500),
      durationMs: Math.round(result.durationMs),
      attempts: result.attempts,
      trigger: run.trigger,
      at: run.at,
    })),
  );
}

export type ProbeRunOutcome = {
  runId: string;
  entries: ProbeReportEntry[];
  skipped: ProbeSkip[];
  results: ProbeResult[];
};

/**
 * Runs a deployment's probes, stores every result (ProbeRun rows), then applies them to the items in one change:
 * ticks, flags, evidence, stale sign-offs and the report message in the thread.
 */
export async function runDeploymentProbes(
  deps: CoreDeps,
  deploymentId: string,
  options: {
    itemKeys?: readonly string[];
    trigger: string;
    heading: string;
    actor: string;
    postReport?: boolean;
    /** The run's id when it was chosen as the run was queued (start-probe-run.ts). */
    runId?: string;
    /** The request or job the run is part of: the report it posts carries it. */
    correlationId?: string | null;
  },
): Promise<ProbeRunOutcome> {
  const deployment = await deps.store.deployments.load(deploymentId);
  const plan = planProbes(deployment, options.itemKeys);
  const runId = options.runId ?? newId('run');
  const ran = await runProbes(plan.requests, {
    settings: deps.probeSettings,
    now: deps.now,
    ...(deps.probeLookup ? { lookup: deps.probeLookup } : {}),
  });
  for (const { result } of ran) deps.metrics.probeRuns.inc({ kind: result.kind, outcome: result.outcome });
  await recordProbeRun(deps.store, { deploymentId, runId, trigger: options.trigger, at: deps.now() }, ran);
  const entries = ran.map(({ id, result }) => probeReportEntry(id, result));
  const report = renderProbeReport(deployment, entries, plan.skipped, options.heading);
  if (entries.length > 0 || options.postReport !== false) {
    await applyChange(
      deps,
      deploymentId,
      {
        type: 'probe-results',
        actor: options.actor,
        runId,
        entries,
        report: options.postReport === false ? '' : report,
      },
      options.correlationId,
    );
  }
  return { runId, entries, skipped: plan.skipped, results: ran.map((r) => r.result) };
}
