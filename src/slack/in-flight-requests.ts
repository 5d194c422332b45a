import type { App } from '@slack/bolt';
import { settlesWithin } from '../settles-within.ts';

/**
 * Counts the Slack requests whose listeners are still running. With processBeforeResponse off, Slack has its answer
 * at the ack while the listener goes on (storing a change, posting a reply); shutdown waits for those to finish.
 */
export class InFlightRequests {
  private count = 0;
  private waiters: Array<() => void> = [];

  /** Wraps every request in Bolt's global middleware chain. */
  register(app: App): void {
    app.use(async ({ next }) => {
      this.count++;
      try {
        await next();
      } finally {
        this.count--;
        if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
      }
    });
  }

  get running(): number {
    return this.count;
  }

  /** Resolves when no request is running, or when `waitMs` has passed; true when all finished. */
  settled(waitMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return settlesWithin(new Promise<void>((resolve) => this.waiters.push(resolve)), waitMs);
  }
}
