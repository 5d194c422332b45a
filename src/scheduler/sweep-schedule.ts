import cron, { type ScheduledTask } from 'node-cron';

/**
 * node-cron only wakes the sweep; what is due lives in the database. `*\/N` in the seconds field means the wake-ups
 * fall on multiples of N within each minute (for N not dividing 60 the last gap of a minute is shorter).
 */
export function scheduleSweep(intervalSeconds: number, sweep: () => Promise<unknown>): ScheduledTask {
  const seconds = Math.max(1, Math.min(59, Math.round(intervalSeconds)));
  return cron.schedule(
    `*/${seconds} * * * * *`,
    async () => {
      await sweep();
    },
    { noOverlap: true, name: 'deploy-checklist-sweep' },
  );
}
