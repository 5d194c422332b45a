import type { ChannelPacer } from './channel-pacer.ts';
import type { JobOutcome, JobRun } from './job-worker.ts';

/** A post starts only with this much of the lease left, so it ends before another replica could take the job. */
export const POST_LEASE_MARGIN_MS = 2000;

/**
 * Asked right before a Slack post that must not happen twice, after any wait (the channel's post slot): whether the
 * job is still surely ours. When not, the outcome hands it back (if still ours) to run again at once, by this
 * replica or the one that took it over, without counting an attempt.
 */
export function handBackUnlessOwned(run: JobRun, now: Date): JobOutcome | undefined {
  return run.ownedFor(POST_LEASE_MARGIN_MS) ? undefined : { kind: 'defer', until: now };
}

/**
 * Waits for the channel's next post slot, then asks whether the job is still surely ours: the outcome to return
 * instead of posting when it may not be (see handBackUnlessOwned). The wait goes through run.whileWaiting: a lane
 * sleeping for its channel's slot does not hold one of the worker's running slots meanwhile.
 */
export async function takePostSlot(
  pacer: ChannelPacer,
  run: JobRun,
  channelId: string,
  now: () => Date,
): Promise<JobOutcome | undefined> {
  await pacer.acquire(channelId, (sleep) => run.whileWaiting(sleep));
  return handBackUnlessOwned(run, now());
}
