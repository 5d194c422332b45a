import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import {
  CHANNEL,
  CORE_THREAD_START_MS,
  clickItem,
  findItem,
  type Harness,
  lastCard,
  startHarness,
  textOf,
} from '../support/bot-harness.ts';
import { clickCard, lastModal, submitSignOff, threadNotices } from '../support/sign-off-steps.ts';

// The production layout: Bolt on the test's thread, the core (store, outbox, effects) in its own worker thread.
describe('a deployment with the core in its own thread', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ coreThread: true });
  }, CORE_THREAD_START_MS);
  afterEach(async () => {
    await h.close();
  });

  it('posts the card and phases, ticks items, and keeps them across a restart', async () => {
    expect(h.bot.coreThread).toBe(true);
    const reply = await h.slack.command({
      text: 'start payments-api v2.4.1 production --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    expect(reply.status).toBe(200);
    await h.drain();
    const card = lastCard(h.fake)!;
    expect(textOf(card)).toContain('payments-api v2.4.1 → production');
    expect(h.fake.threadOf(card.ts)).toHaveLength(4);

    await clickItem(h, card.ts, 'tests-green', 'U0ALICE');
    await h.drain();
    expect(findItem(h.fake, card.ts, 'tests-green').block.text?.text).toContain('ticked by <@U0ALICE> <!date^');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Pre-deployment\* 1\/3/);

    await h.restart();
    await clickItem(h, card.ts, 'backup-taken', 'U0BOB');
    await h.drain();
    expect(findItem(h.fake, card.ts, 'backup-taken').block.text?.text).toContain('ticked by <@U0BOB>');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Pre-deployment\* 2\/3/);

    // The test's own store reads what the core thread wrote.
    const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
    const audit = await h.bot.store.deployments.audit(deployment.id);
    expect(audit.map((a) => [a.actor, a.action, a.itemKey])).toEqual([
      ['U0OWNER', 'deployment-started', null],
      ['U0ALICE', 'item-ticked', 'tests-green'],
      ['U0BOB', 'item-ticked', 'backup-taken'],
    ]);
    // Log lines of the core thread reach the main thread's logger.
    expect(h.logs.some((line) => line.includes('"level"'))).toBe(true);
  });

  it('refuses a second open deployment with the user message from the core', async () => {
    const start = () =>
      h.slack.command({
        text: 'start dup-svc v1 production --template small-service',
        userId: 'U0OWNER',
        channelId: CHANNEL,
      });
    await start();
    await h.drain();
    await start();
    const answer = await h.fake.waitForResponse((r) => String((r.body as { text?: string }).text).includes('already'));
    expect(String((answer.body as { text: string }).text)).toMatch(/dup-svc already has an open deployment/);
  });

  it('signs off and goes live with the quorum, at the time the test set', async () => {
    h.fake.setUserGroupMembers('S0SECURITY', ['U0SEC']);
    await h.slack.command({
      text: 'start api v1.2.0 production --template signed-service --role tech-lead=<@U0LEAD|lead>',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    const parent = lastCard(h.fake)!.ts;
    for (const key of ['tests-green', 'tls-valid']) await clickItem(h, parent, key, 'U0DEV');
    await h.drain();
    for (const [userId, role] of [
      ['U0LEAD', 'tech-lead'],
      ['U0SEC', 'security'],
    ] as const) {
      await clickCard(h, 'sign-off', userId);
      expect((await submitSignOff(h, userId, role, 'approve')).body).toBe('');
      await h.drain();
    }
    h.clock.advance(60_000);
    await clickCard(h, 'go-live', 'U0SEC');
    await h.drain();
    const live = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
    expect(live.status).toBe('deployed');
    expect(live.goLiveAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(threadNotices(h).join('\n')).toContain(':rocket: *Live:* api v1.2.0 → production, by <@U0SEC>.');
    expect(textOf(lastCard(h.fake)!)).toContain(':rocket: Live since <!date^');
    // The go-live follow-ups were decided in the core thread from the event.
    expect(
      await databaseOf(h.bot.store).job.count({ where: { kind: 'rollback-reminder', doneAt: null } }),
    ).toBeLessThanOrEqual(1);
  });

  it('opens a modal from the main thread with a deployment read from the core', async () => {
    await h.slack.command({
      text: 'start modal-svc v1 --template signed-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    await clickCard(h, 'assign-roles', 'U0OWNER');
    expect(lastModal(h).callbackId).toBe('assign-roles-modal');
  });
});
