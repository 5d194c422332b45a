// The core's worker thread: store, outbox, effects, probes and check-ins, away from the thread that acks Slack.
// Started by thread-core.ts; loaded from TypeScript under vitest (via jiti) and from dist/ as compiled JavaScript.

import { setPriority } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type Core, REQUEST_METHODS } from '../app/core.ts';
import type { Level, Logger } from '../logger.ts';
import { createCoreMetrics } from '../metrics/bot-metrics.ts';
import { logProcessWarnings } from '../process-warnings.ts';
import { createWebClient } from '../slack-api/create-web-client.ts';
import {
  type CoreMessage,
  type CoreRequest,
  type CoreThreadData,
  cloneableLogData,
  toWireError,
} from './core-protocol.ts';
import { createInProcessCore } from './in-process-core.ts';
import { SharedClock } from './shared-clock.ts';

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The calls a Slack request makes (Core.forRequest gives them the request's correlation id). */
const IS_REQUEST_METHOD = new Set<string>(REQUEST_METHODS);

/** The core thread's nice value: below the acking thread's, never starved (a tenth of its CPU share at worst). */
const CORE_THREAD_NICE = 10;

/**
 * When both threads want the CPU (a burst of clicks on a small machine), the thread that acks Slack should win:
 * Slack retries a request not acked within 3 seconds, while the core's work is durable and only waits. Linux keeps
 * a nice value per thread, so this lowers only the core thread; elsewhere it would lower the whole process, so it
 * is skipped there.
 */
function yieldCpuToAcks(logger: Logger): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(CORE_THREAD_NICE);
  } catch (error) {
    logger.warn('could not lower the core thread priority', { error });
  }
}

/** Log entries go to the main thread's logger (one sink, one redaction); those below the level never cross. */
function forwardingLogger(post: (message: CoreMessage) => void, level: Level): Logger {
  const log = (at: Level) => (message: string, data?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    let cloneable: Record<string, unknown> | undefined;
    try {
      cloneable = cloneableLogData(data);
    } catch {
      cloneable = { data: 'not serializable' };
    }
    post({ type: 'log', level: at, message, ...(cloneable ? { data: cloneable } : {}) });
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

async function serveCore(data: CoreThreadData): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the core thread needs a parent');
  const post = (message: CoreMessage) => port.postMessage(message);
  const logger = forwardingLogger(post, data.config.logLevel);
  // This thread has its own `process`: Prisma's queries (and pg's deprecations) run here.
  logProcessWarnings(logger);
  yieldCpuToAcks(logger);
  const metrics = createCoreMetrics();
  let core: Core;
  try {
    ({ core } = await createInProcessCore({
      databaseUrl: data.config.databaseUrl,
      database: data.config.database,
      templates: data.templates,
      client: createWebClient(data.config, logger, metrics.slackApi),
      metrics,
      now: data.clock ? new SharedClock(data.clock).now : () => new Date(),
      logger,
      probeSettings: data.config.probes,
      startLimits: data.config.startLimits,
      scheduler: data.config.scheduler,
      github: data.config.github,
      schedule: data.schedule,
      ...(data.workerId ? { workerId: data.workerId } : {}),
    }));
  } catch (error) {
    post({ type: 'start-failed', error: toWireError(error) });
    return;
  }
  port.on('message', (request: CoreRequest) => {
    // A call a listener made for a Slack request goes to that request's view of the core: what it enqueues
    // carries the request's correlation id.
    const target = (
      request.correlationId && IS_REQUEST_METHOD.has(request.method) ? core.forRequest(request.correlationId) : core
    ) as Record<string, (...args: unknown[]) => unknown>;
    void Promise.resolve()
      .then(() => target[request.method]?.(...request.args))
      .then(
        (value) => post({ type: 'reply', id: request.id, ok: true, value }),
        (error: unknown) => post({ type: 'reply', id: request.id, ok: false, error: toWireError(error) }),
      )
      .then(() => {
        // After close the database is gone: let the thread end once the reply is out.
        if (request.method === 'close') port.close();
      })
      .catch((error: unknown) => logger.error('could not answer a core request', { method: request.method, error }));
  });
  post({ type: 'ready' });
}

if (!isMainThread && (workerData as CoreThreadData | undefined)?.role === 'deploy-checklist-core') {
  await serveCore(workerData as CoreThreadData);
}
