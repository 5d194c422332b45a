import { z } from 'zod';
import { homePublished, homeToRepublish } from '../../app/home.ts';
import { JOB } from '../../domain/job-kinds.ts';
import { renderHome } from '../../domain/render/render-home.ts';
import { publishHome } from '../../slack-api/publish-home.ts';
import type { EffectDeps } from '../effect-deps.ts';
import { DONE, type JobHandler } from '../job-worker.ts';
import { retryAfterSlackError } from '../slack-retry.ts';

const ZHomePayload = z.object({ teamId: z.string().min(1), userId: z.string().min(1) });

/**
 * Republishes one person's Home after a change that concerns them, rendered from what is stored when the job runs;
 * nothing happens for someone who never opened it.
 */
export function homeEffectHandlers(deps: EffectDeps): Record<string, JobHandler> {
  const { store, client, now } = deps;
  const publish: JobHandler = async (job, payload) => {
    const { teamId, userId } = ZHomePayload.parse(payload);
    try {
      await publishHome(
        client,
        userId,
        async () => {
          const page = await homeToRepublish(store, teamId, userId, now());
          return page && { view: renderHome(page.home, now()), viewHash: page.viewHash };
        },
        (viewHash) => homePublished(store, teamId, userId, viewHash, now()),
      );
      return DONE;
    } catch (error) {
      return retryAfterSlackError(error, job.attempts, now());
    }
  };
  return { [JOB.publishHome]: publish };
}
