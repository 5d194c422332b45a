import { Worker } from 'node:worker_threads';
import { type Core, REQUEST_METHODS, type RequestCore } from '../app/core.ts';
import type { TemplateCatalog } from '../app/core-deps.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { settlesWithin } from '../settles-within.ts';
import {
  type CoreMessage,
  type CoreMethod,
  type CoreRequest,
  type CoreThreadData,
  fromWireError,
} from './core-protocol.ts';

/** How long past its wait for jobs the core thread may take to close its database before it is terminated. */
const CLOSE_GRACE_MS = 5_000;

export type ThreadCoreOptions = {
  config: Config;
  templates: TemplateCatalog;
  logger: Logger;
  /** A SharedClock's buffer when time is injected (tests). */
  clock?: SharedArrayBuffer;
  schedule: boolean;
  workerId?: string;
  /** Called when the thread dies without being closed: the process cannot do its work any more. */
  onUnexpectedExit?: (error: Error) => void;
};

/**
 * Where the core thread's entry is: the TypeScript source under vitest (loaded through jiti, as the replica test
 * does for its child process) or the compiled .js sibling in dist/.
 */
function coreThreadEntry(): { url: URL; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  // Compiled, the thread inherits the process's Node options (memory limits, source maps) as workers do by default.
  return fromSource
    ? { url: new URL('./core-thread.ts', import.meta.url), execArgv: ['--import', 'jiti/register'] }
    : { url: new URL('./core-thread.js', import.meta.url) };
}

/**
 * The core in a worker thread. The Slack listeners on this thread only parse, ack and forward, so Prisma, rendering
 * and the outbox never delay the next request's ack. Requests carry ids; replies may come back in any order.
 */
export async function startThreadCore(options: ThreadCoreOptions): Promise<Core> {
  const { url, execArgv } = coreThreadEntry();
  const worker = new Worker(url, {
    ...(execArgv ? { execArgv } : {}),
    workerData: {
      role: 'deploy-checklist-core',
      config: options.config,
      templates: options.templates,
      ...(options.clock ? { clock: options.clock } : {}),
      schedule: options.schedule,
      ...(options.workerId ? { workerId: options.workerId } : {}),
    } satisfies CoreThreadData,
  });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let gone: Error | undefined;
  let closing = false;
  const failAll = (error: Error) => {
    gone = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: CoreMessage) => {
      switch (message.type) {
        case 'log':
          options.logger[message.level](message.message, message.data);
          return;
        case 'ready':
          resolve();
          return;
        case 'start-failed':
          reject(fromWireError(message.error));
          return;
        case 'reply': {
          const pending = waiting.get(message.id);
          waiting.delete(message.id);
          if (message.ok) pending?.resolve(message.value);
          else pending?.reject(fromWireError(message.error));
          return;
        }
      }
    });
    worker.on('error', (error) => {
      options.logger.error('the core thread failed', { error });
      reject(error);
      failAll(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`the core thread exited (code ${code})`);
      reject(error);
      const expected = closing;
      failAll(error);
      if (!expected) options.onUnexpectedExit?.(error);
    });
  });
  await ready.catch(async (error: unknown) => {
    // A failed start is reported by this rejection, not as an unexpected exit.
    closing = true;
    await worker.terminate();
    throw error;
  });

  /** Sends one call; with a correlation id it runs in the core thread as part of that request's work. */
  const send = <T>(correlationId: string | undefined, method: CoreMethod, args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (gone) return reject(gone);
      nextId += 1;
      waiting.set(nextId, { resolve: resolve as (value: unknown) => void, reject });
      const request: CoreRequest = { id: nextId, method, args, ...(correlationId ? { correlationId } : {}) };
      worker.postMessage(request);
    });
  const call = <T>(method: CoreMethod, ...args: unknown[]): Promise<T> => send<T>(undefined, method, args);
  // Every request method forwards its arguments as they are (plain data, structured-cloned by the port).
  const requestCalls = (correlationId: string | undefined): RequestCore =>
    Object.fromEntries(
      REQUEST_METHODS.map((method) => [method, (...args: unknown[]) => send(correlationId, method, args)]),
    ) as RequestCore;

  return {
    ...requestCalls(undefined),
    forRequest: requestCalls,
    kick: () => {
      call('kick').catch((error: unknown) => options.logger.error('could not kick the core', { error }));
    },
    drain: () => call('drain'),
    idle: () => call('idle'),
    healthy: () => call<boolean>('healthy').catch(() => false),
    pendingMigrations: () => call('pendingMigrations'),
    metrics: () => call('metrics'),
    close: async (waitMs) => {
      closing = true;
      // The thread's own close is bounded by waitMs for jobs, but not its database close: give that a moment more.
      const closed = gone ? Promise.resolve() : call('close', ...(waitMs === undefined ? [] : [waitMs]));
      if (!(await settlesWithin(closed, (waitMs ?? Number.POSITIVE_INFINITY) + CLOSE_GRACE_MS)))
        options.logger.warn('the core thread did not close in time; stopping it', { waitMs });
      else await closed;
      // The thread closes its port after the reply; terminate covers a thread that is stuck.
      await worker.terminate();
    },
  };
}
