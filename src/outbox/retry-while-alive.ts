import pRetry from 'p-retry';
import type { Logger } from '../logger.ts';

/**
 * Retries a write that records an effect which already happened (Slack accepted a post), for as long as the job
 * that caused it is alive: its lease is held, and renewed by the worker's heartbeat. Losing such a write to a
 * passing database failure would make the job run again and repeat the effect. Once the job is no longer alive
 * another worker may hold it, and the last error is thrown: the row is left to that worker.
 */
export async function retryWhileAlive<T>(
  write: () => Promise<T>,
  alive: () => boolean,
  logger: Logger,
  what: { message: string; fields: Record<string, unknown> },
): Promise<T> {
  return pRetry(write, {
    retries: Number.POSITIVE_INFINITY,
    minTimeout: 250,
    maxTimeout: 5000,
    shouldRetry: () => alive(),
    onFailedAttempt: ({ error, attemptNumber }) => {
      logger.warn(what.message, { ...what.fields, attempt: attemptNumber, error: error.message });
    },
  });
}
