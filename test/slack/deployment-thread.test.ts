import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL, clickItem, findItem, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

describe('a deployment thread, end to end', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('posts the card and one message per phase, ticks items, and keeps them across a restart', async () => {
    const reply = await h.slack.command({
      text: 'start payments-api v2.4.1 production --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    expect(reply.status).toBe(200);
    await h.drain();

    const card = lastCard(h.fake);
    expect(card).toBeDefined();
    expect(textOf(card!)).toContain('payments-api v2.4.1 → production');
    expect(textOf(card!)).toContain('small-service');
    const thread = h.fake.threadOf(card!.ts);
    expect(thread.map((m) => (m.blocks[0] as { text: { text: string } }).text.text)).toEqual([
      'Pre-deployment',
      'Deployment day',
      'Post-deployment',
      'Rollback',
    ]);
    for (const message of [card!, ...thread]) expect(checkSlackPayload('message', message)).toEqual([]);

    await clickItem(h, card!.ts, 'tests-green', 'U0ALICE');
    await h.drain();
    const ticked = findItem(h.fake, card!.ts, 'tests-green');
    expect(ticked.block.text?.text).toContain(':white_check_mark:');
    expect(ticked.block.text?.text).toContain('ticked by <@U0ALICE> <!date^');
    expect(ticked.block.accessory?.text.text).toBe('Untick');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Pre-deployment\* 1\/3/);

    await h.restart();
    const afterRestart = findItem(h.fake, card!.ts, 'tests-green');
    expect(afterRestart.block.text?.text).toContain('ticked by <@U0ALICE>');
    await clickItem(h, card!.ts, 'backup-taken', 'U0BOB');
    await h.drain();
    expect(findItem(h.fake, card!.ts, 'backup-taken').block.text?.text).toContain('ticked by <@U0BOB>');
    expect(findItem(h.fake, card!.ts, 'tests-green').block.text?.text).toContain('ticked by <@U0ALICE>');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Pre-deployment\* 2\/3/);

    const audit = await h.bot.store.deployments.audit(
      (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!.id,
    );
    expect(audit.map((a) => [a.actor, a.action, a.itemKey])).toEqual([
      ['U0OWNER', 'deployment-started', null],
      ['U0ALICE', 'item-ticked', 'tests-green'],
      ['U0BOB', 'item-ticked', 'backup-taken'],
    ]);
  });
});
