import type { ProbeRunRequest } from '../../core/core.ts';
import { JOB } from '../../scheduler/job-kinds.ts';
import { createJob } from '../../store/job-repository.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import type { Deps } from '../deps.ts';

export const PROBE_RUN_JOB = JOB.runProbes;

/**
 * Queues a probe run. The job's dedupe key makes it single-flight across clicks and replicas: a second click
 * while one is pending or running finds the key taken and is told so (returns false).
 */
export async function startProbeRun(
  deps: Deps,
  deploymentId: string,
  options: ProbeRunRequest,
  correlationId?: string | null,
): Promise<boolean> {
  const now = deps.now();
  try {
    await deps.store.db.$transaction(async (tx) => {
      // A replayed request whose run was queued before finds its key taken, like a second click.
      if (options.requestKey) await tx.appliedRequest.create({ data: { key: options.requestKey, at: now } });
      await createJob(
        tx,
        {
          deploymentId,
          kind: PROBE_RUN_JOB,
          dedupeKey: `probes:${deploymentId}`,
          payload: { actor: options.actor, itemKeys: options.itemKeys ?? null, heading: options.heading },
          dueAt: now,
          correlationId,
        },
        now,
      );
      const notice = {
        deploymentId,
        kind: JOB.postThreadMessage,
        payload: { text: options.notice },
        dueAt: now,
        correlationId,
      };
      await createJob(tx, notice, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  deps.kick();
  return true;
}
