// Signed requests a hostile (or broken) sender could make, and what "nothing changed" means for the bot. Used by
// the malformed-request and fuzz suites. No vitest import: like signed-requests.ts, it may be compiled for benchmarks.

import { request } from 'undici';
import { databaseOf } from '../../src/store/store.ts';
import type { Harness } from './bot-harness.ts';
import { SIGNING_SECRET } from './bot-harness.ts';
import { signRequest } from './signed-requests.ts';

/** Slack's rule: a command, action or view must be answered within 3 seconds, or the person sees an error. */
export const SLACK_ACK_WINDOW_MS = 3_000;

export type HostileAnswer = {
  status: number;
  /** Whether an answer came at all within the window (false: the socket was left open). */
  answered: boolean;
  elapsedMs: number;
};

/**
 * Sends a correctly signed body and waits at most the ack window for the answer: a request left hanging, or one
 * answered only by Bolt's 3-second unhandled-request timer, comes back as `answered: false`.
 */
export async function sendSigned(
  h: Pick<Harness, 'bot'>,
  input: { body: string; contentType: string; timestamp?: number; waitMs?: number },
): Promise<HostileAnswer> {
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    const res = await request(`http://127.0.0.1:${h.bot.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': input.contentType, ...signRequest(SIGNING_SECRET, input.body, timestamp) },
      body: input.body,
      reset: true,
      signal: AbortSignal.timeout(input.waitMs ?? SLACK_ACK_WINDOW_MS),
    });
    await res.body.dump();
    return { status: res.statusCode, answered: true, elapsedMs: performance.now() - started };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError')
      return { status: 0, answered: false, elapsedMs: performance.now() - started };
    throw error;
  }
}

/** An interactivity request as Slack sends it: one form field `payload` holding the JSON. */
export function interactivityForm(payload: unknown): { body: string; contentType: string } {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** What a refused request must leave untouched: every stored row count, and every call to Slack. */
export async function stateSnapshot(h: Pick<Harness, 'bot' | 'fake'>): Promise<Record<string, number | string>> {
  const db = databaseOf(h.bot.store);
  const [deployments, items, audit, signOffs, jobs] = await Promise.all([
    db.deployment.count(),
    db.itemState.count(),
    db.auditEvent.count(),
    db.signOff.count(),
    db.job.count(),
  ]);
  const latest = await db.deployment.findFirst({ orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } });
  return {
    deployments,
    items,
    audit,
    signOffs,
    jobs,
    lastUpdate: latest?.updatedAt.toISOString() ?? 'none',
    // auth.test is how the bot confirms its own token (once, lazily): not a change.
    slackCalls: h.fake.calls.filter((call) => call.method !== 'auth.test').length,
    responseUrlPosts: h.fake.responses.length,
  };
}
