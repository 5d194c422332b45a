import type { WebClient } from '@slack/web-api';
import type { Core, RequestCore } from '../app/core.ts';
import type { TemplateCatalog } from '../app/core-deps.ts';
import { newCorrelationId, type WorkContext } from '../correlation.ts';
import type { JournaledCall, RequestJournal } from '../inbox/request-journal.ts';
import type { Logger } from '../logger.ts';
import { requestNotingCore } from './request-noting-core.ts';

/**
 * What Slack listeners use on the main thread: the core for everything stored or queued, and their own client for
 * the replies that must go out within the ack window (views.open with its 3-second trigger_id, ephemerals).
 */
export type ListenerDeps = {
  /** The core as this request sees it (its calls carry the request's correlation id). */
  core: RequestCore;
  /** This request's id (its correlation id): the key its change is journaled and stored under. */
  requestId: string;
  /** Acknowledged changes wait here until the core has stored them (src/inbox). */
  journal: RequestJournal;
  templates: TemplateCatalog;
  now: () => Date;
  logger: Logger;
  client: WebClient;
};

/** What listeners are registered with: the whole core, from which each request gets its own view. */
export type AppDeps = Omit<ListenerDeps, 'core' | 'requestId'> & { core: Core };

/**
 * The deps one request's listener works with. The request's work (correlation id, notes for its log line) is put
 * on Bolt's context when the request arrives (src/slack/observe-slack-requests.ts) and passed on explicitly from
 * here, rather than through an async-context store that would tax every promise on this thread.
 */
export function depsForRequest(deps: AppDeps, context: Record<string, unknown>): ListenerDeps {
  const work = (context.work as WorkContext | undefined) ?? { correlationId: newCorrelationId(), request: {} };
  return {
    ...deps,
    requestId: work.correlationId,
    core: requestNotingCore(deps.core.forRequest(work.correlationId), work.request ?? {}),
  };
}

/**
 * Acknowledges a change durably: the call is journaled before the ack, so once Slack shows it accepted it survives a
 * crash; it runs after the ack (Slack never waits for the database) under the request's key, and is settled once the
 * core has answered, whatever the answer.
 */
export async function acknowledgeChange<T>(
  deps: ListenerDeps,
  ack: () => Promise<unknown>,
  call: JournaledCall,
  run: (requestKey: string) => Promise<T>,
): Promise<T> {
  deps.journal.record(deps.requestId, call);
  await ack();
  try {
    return await run(deps.requestId);
  } finally {
    deps.journal.settle(deps.requestId);
  }
}

export type { TemplateCatalog };
