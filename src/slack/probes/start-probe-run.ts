import type { ProbeRunRequest } from '../../core/core.ts';
import { JOB } from '../../scheduler/job-kinds.ts';
import { newId } from '../../store/ids.ts';
import { isUniqueViolation } from '../../store/unique-violation.ts';
import type { Deps } from '../deps.ts';

export const PROBE_RUN_JOB = JOB.runProbes;

/**
 * Queues a probe run. The job's dedupe key makes it single-flight across clicks and replicas: a second click
 * while one is pending or running finds the key taken and is told so (returns false).
 */
export async function startProbeRun(deps: Deps, deploymentId: string, options: ProbeRunRequest): Promise<boolean> {
  const now = deps.now();
  try {
    await deps.store.db.$transaction(async (tx) => {
      await tx.job.create({
        data: {
          id: newId('job'),
          deploymentId: deploymentId,
          kind: PROBE_RUN_JOB,
          dedupeKey: `probes:${deploymentId}`,
          payloadJson: JSON.stringify({
            actor: options.actor,
            itemKeys: options.itemKeys ?? null,
            heading: options.heading,
          }),
          dueAt: now,
          createdAt: now,
        },
      });
      await tx.job.create({
        data: {
          id: newId('job'),
          deploymentId: deploymentId,
          kind: JOB.postThreadMessage,
          payloadJson: JSON.stringify({ text: options.notice }),
          dueAt: now,
          createdAt: now,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  deps.kick();
  return true;
}
