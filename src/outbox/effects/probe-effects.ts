import { z } from 'zod';
import { runDeploymentProbes } from '../../app/run-deployment-probes.ts';
import { PROBE_RUN_JOB } from '../../app/start-probe-run.ts';
import type { EffectDeps } from '../effect-deps.ts';
import { DONE, type JobHandler } from '../job-worker.ts';

const ZProbeRunPayload = z.object({
  actor: z.string(),
  itemKeys: z.array(z.string()).nullable(),
  heading: z.string(),
  /** Chosen when the run was queued, so whoever queued it (the API) can ask for its results. */
  runId: z.string().optional(),
});

/** Runs a queued probe run; if the process dies mid-run, the lease expires and another worker runs it again. */
export function probeEffectHandlers(deps: EffectDeps): Record<string, JobHandler> {
  return {
    [PROBE_RUN_JOB]: async (job, payload) => {
      const parsed = ZProbeRunPayload.parse(payload);
      if (!(await deps.store.deployments.find(job.deploymentId))) return DONE;
      await runDeploymentProbes(deps, job.deploymentId, {
        actor: parsed.actor,
        ...(parsed.itemKeys ? { itemKeys: parsed.itemKeys } : {}),
        trigger: 'manual',
        heading: parsed.heading,
        ...(parsed.runId ? { runId: parsed.runId } : {}),
        correlationId: job.correlationId,
      });
      return DONE;
    },
  };
}
