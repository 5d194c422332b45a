import { type Origin, originRefusal, SYSTEM_ORIGIN } from '../domain/authorize.ts';
import { type Refusal, refuse } from '../domain/event-result.ts';
import { JOB } from '../domain/job-kinds.ts';
import { mentionUser } from '../domain/render/mrkdwn.ts';
import { newId } from '../store/ids.ts';
import { isUniqueViolation } from '../store/unique-violation.ts';
import type { CoreDeps } from './core-deps.ts';
import { planProbes } from './run-deployment-probes.ts';

export const PROBE_RUN_JOB = JOB.runProbes;

/** Queued (with the run's id, to ask for its results) or refused. */
export type ProbeRunOutcome = { ok: true; runId: string } | Refusal;

/** What a surface asks for when someone wants the probes run: all of them, or one phase's. */
export type ProbeRunRequest = {
  actor: string;
  /** Only the probes of this phase (a phase message's button). */
  phaseKey?: string;
  /** Where the request came from: a button must sit on one of this deployment's messages. */
  origin?: Origin;
  /** Set when the request was acknowledged before the run was queued (src/inbox): a replay queues it once. */
  requestKey?: string;
};

/**
 * Queues a probe run, or says why none can run (nothing to probe yet, a run already under way). The job's dedupe
 * key makes it single-flight across clicks and replicas.
 */
export async function startProbeRun(
  deps: CoreDeps,
  deploymentId: string,
  request: ProbeRunRequest,
  correlationId?: string | null,
): Promise<ProbeRunOutcome> {
  const deployment = await deps.store.deployments.find(deploymentId);
  if (!deployment) return refuse('deployment-not-found', 'That deployment no longer exists.');
  const wrongPlace = originRefusal(deployment, request.origin ?? SYSTEM_ORIGIN);
  if (wrongPlace) return wrongPlace;
  const phase = request.phaseKey ? deployment.template.phases.find((p) => p.key === request.phaseKey) : undefined;
  const itemKeys = phase ? phase.items.filter((item) => item.probe).map((item) => item.key) : undefined;
  const plan = planProbes(deployment, itemKeys);
  if (plan.requests.length === 0) {
    const why =
      plan.skipped.length > 0
        ? 'They need an endpoint first: press *Set URL* on the card.'
        : 'This checklist has no probes here.';
    return refuse('no-probes', `No probe can run yet. ${why}`);
  }
  const count = plan.requests.length;
  const notice = `:satellite_antenna: ${mentionUser(request.actor)} started ${count} probe${count === 1 ? '' : 's'}${phase ? ` of ${phase.title}` : ''}…`;
  const now = deps.now();
  const runId = newId('run');
  try {
    // A replayed request whose run was queued before finds its key taken, like a second click.
    await deps.store.jobs.createForRequest(
      request.requestKey,
      [
        {
          deploymentId,
          kind: PROBE_RUN_JOB,
          dedupeKey: `probes:${deploymentId}`,
          payload: {
            actor: request.actor,
            itemKeys: itemKeys ?? null,
            heading: phase ? `Probes of ${phase.title}` : 'Probe run',
            runId,
          },
          dueAt: now,
          correlationId,
        },
        { deploymentId, kind: JOB.postThreadMessage, payload: { text: notice }, dueAt: now, correlationId },
      ],
      now,
    );
  } catch (error) {
    if (isUniqueViolation(error))
      return refuse(
        'probe-run-running',
        'A probe run for this deployment is already in progress; its results will appear in the thread.',
      );
    throw error;
  }
  deps.kick();
  return { ok: true, runId };
}
