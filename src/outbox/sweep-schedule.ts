import cron, { type ScheduledTask } from 'node-cron';

/**
 * node-cron only wakes the sweep; what is due lives in the database. The worker never runs two sweeps at once (a
 * wake-up during a sweep asks for one more pass after it), so node-cron's own overlap guard, which logs every
 * skipped tick, is not needed. `*\/N` in the seconds field wakes on multiples of N within each minute (for N not
 * dividing 60 the last gap of a minute is shorter).
 */
export function scheduleSweep(intervalSeconds: number, sweep: () => Promise<unknown>): ScheduledTask {
  const seconds = Math.max(1, Math.min(59, Math.round(intervalSeconds)));
  return cron.schedule(
    `*/${seconds} * * * * *`,
    async () => {
      await sweep();
    },
    { name: 'deploy-checklist-sweep' },
  );
}
