import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { slackErrorName } from './slack-errors.ts';

/** A render of someone's Home and the hash of the view Slack last accepted for them. */
export type HomeRender = { view: View; viewHash: string | null };

const ATTEMPTS = 3;

/**
 * views.publish with Slack's optimistic lock: `hash` is the hash of the view we last published, so a render made
 * from older state never replaces a newer one. On `hash_conflict` someone published in between: the Home is
 * rendered again from what is stored now, with the hash stored now (the other publisher's, when it was ours); when
 * that hash is the one Slack just refused (a publish we did not record), the fresh render is published without it.
 * Answers false when there is nothing to publish (`render` answers undefined).
 */
export async function publishHome(
  client: WebClient,
  userId: string,
  render: () => Promise<HomeRender | undefined>,
  recordHash: (viewHash: string) => Promise<void>,
): Promise<boolean> {
  let refused: string | null = null;
  for (let attempt = 1; ; attempt++) {
    const next = await render();
    if (!next) return false;
    const hash: string | undefined = next.viewHash !== null && next.viewHash !== refused ? next.viewHash : undefined;
    try {
      const answer = await client.views.publish({ user_id: userId, view: next.view, ...(hash ? { hash } : {}) });
      const published = (answer.view as { hash?: unknown } | undefined)?.hash;
      if (typeof published === 'string') await recordHash(published);
      return true;
    } catch (error) {
      if (slackErrorName(error) !== 'hash_conflict' || attempt >= ATTEMPTS) throw error;
      refused = hash ?? null;
    }
  }
}
