import pRetry from 'p-retry';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  DATABASE_UNREACHABLE,
  describeDatabaseUrl,
  describeFailure,
  isDatabaseUnreachable,
} from './database-errors.ts';

export type WaitForDatabaseOptions = {
  databaseUrl: string;
  /** How long to keep trying before giving up (0: one attempt). */
  waitSeconds: number;
  logger?: Logger;
};

/**
 * Runs `connect` until the database answers. At startup the database may still be starting (a compose stack, a
 * failover): unreachable is retried with backoff (0.5 s doubling to 10 s) for `waitSeconds`, each attempt logged
 * with its reason; anything else (wrong password, no such database) fails at once. Giving up throws an AppError
 * whose user message is what the operator reads.
 */
export async function waitForDatabase<T>(connect: () => Promise<T>, options: WaitForDatabaseOptions): Promise<T> {
  const where = describeDatabaseUrl(options.databaseUrl);
  const waitMs = options.waitSeconds * 1000;
  const started = performance.now();
  try {
    return await pRetry(connect, {
      retries: waitMs > 0 ? Number.POSITIVE_INFINITY : 0,
      minTimeout: 500,
      factor: 2,
      maxTimeout: 10_000,
      maxRetryTime: waitMs,
      shouldRetry: ({ error }) => isDatabaseUnreachable(error),
      onFailedAttempt: ({ error, attemptNumber }) => {
        if (!isDatabaseUnreachable(error) || waitMs === 0) return;
        const left = Math.max(0, Math.round((waitMs - (performance.now() - started)) / 1000));
        options.logger?.warn('the database is unreachable; retrying', {
          database: where,
          reason: describeFailure(error),
          attempt: attemptNumber,
          givingUpInSeconds: left,
        });
      },
    });
  } catch (error) {
    if (!isDatabaseUnreachable(error)) throw error;
    const waited = options.waitSeconds > 0 ? ` for ${options.waitSeconds} s` : '';
    const reason = describeFailure(error);
    throw new AppError(DATABASE_UNREACHABLE, {
      message: `could not reach the database at ${where}${waited}: ${reason}`,
      userMessage: `deploy-checklist cannot start: the database at ${where} did not answer${waited} (${reason}). Check that it is running and that DATABASE_URL points at it; DATABASE_STARTUP_WAIT_SECONDS sets how long to wait.`,
      cause: error,
    });
  }
}
