import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, CORE_THREAD_START_MS, type Harness, startHarness } from '../support/bot-harness.ts';

/** With the core in its own worker thread (as in production), the Home and the figures cross the thread boundary. */
describe('the Home and stats with the core in its own thread', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ coreThread: true });
  }, CORE_THREAD_START_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('publishes My deploys on opening, republishes it after a change, and answers stats', async () => {
    await h.slack.event({ type: 'app_home_opened', user: 'U0OWNER', channel: 'D0HOME', tab: 'home' });
    const first = h.fake.callsTo('views.publish').at(-1);
    expect(first?.response.ok).toBe(true);
    expect(JSON.stringify(first?.args.view)).toContain('Open deployments in this workspace: 0');
    await h.slack.command({
      text: 'start web-shop v3 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    const republished = h.fake.callsTo('views.publish').filter((c) => c.args.user_id === 'U0OWNER');
    expect(republished).toHaveLength(2);
    expect(republished[1]?.args.hash).toBe((first?.response as { view?: { hash?: string } } | undefined)?.view?.hash);
    expect(JSON.stringify(republished[1]?.args.view)).toContain('web-shop v3 → production');
    const before = h.fake.responses.length;
    await h.slack.command({ text: 'stats web-shop', userId: 'U0OWNER', channelId: CHANNEL });
    const answer = await h.fake.waitForResponse((r) => h.fake.responses.indexOf(r) >= before, { timeoutMs: 5000 });
    expect(JSON.stringify(answer.body)).toContain('1 started: 0 stable, 0 rolled back, 0 cancelled, 1 open');
  });
});
