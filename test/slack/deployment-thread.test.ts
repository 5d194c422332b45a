import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
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

  it('retries a post 100 ms after Slack drops the connection, not after the usual backoff', async () => {
    h.fake.failNext('chat.postMessage', { drop: true });
    await h.slack.command({
      text: 'start dropped-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    expect(lastCard(h.fake)).toBeUndefined();
    expect(h.logs.some((line) => line.includes('job will be retried'))).toBe(true);
    // 150 ms later the card is due again; an ordinary first backoff would wait 2 s.
    h.clock.advance(150);
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('dropped-svc v1');
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

describe('a deployment thread under pressure', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function startDeployment(text: string): Promise<string> {
    await h.slack.command({ text, userId: 'U0OWNER', channelId: CHANNEL });
    await h.drain();
    return lastCard(h.fake)!.ts;
  }

  it('stores twenty clicks on twenty items at the same moment, and the last render shows all twenty', async () => {
    const parent = await startDeployment('start big v1 --template big-phase');
    const keys = Array.from({ length: 20 }, (_, i) => `item-${String(i + 1).padStart(2, '0')}`);
    const replies = await Promise.all(keys.map((key, i) => clickItem(h, parent, key, `U0USER${i}`)));
    expect(replies.map((r) => r.status)).toEqual(keys.map(() => 200));
    await h.drain();
    const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
    expect(keys.filter((key) => deployment.items[key]?.done)).toEqual(keys);
    for (const [i, key] of keys.entries()) {
      expect(findItem(h.fake, parent, key).block.text?.text).toContain(`ticked by <@U0USER${i}>`);
    }
    // Coalesced: far fewer chat.update calls than clicks, and the card counts all twenty.
    expect(h.fake.callsTo('chat.update').length).toBeLessThan(40);
    expect(textOf(lastCard(h.fake)!)).toMatch(/Pre-deployment\* 20\/70/);
  });

  it('splits a phase too large for one message and keeps every item reachable', async () => {
    const parent = await startDeployment('start big v1 --template big-phase');
    const pages = h.fake.threadOf(parent);
    expect(pages).toHaveLength(2);
    expect((pages[0]!.blocks[0] as { text: { text: string } }).text.text).toBe('Pre-deployment (1/2)');
    for (const page of pages) expect(checkSlackPayload('message', page)).toEqual([]);
    await clickItem(h, parent, 'item-70', 'U0ALICE');
    await h.drain();
    expect(findItem(h.fake, parent, 'item-70').block.text?.text).toContain('ticked by <@U0ALICE>');
  });

  it('tells the user to invite the bot when it is not in the channel, and leaves nothing behind', async () => {
    h.fake.botMembership.set('C0PRIVATE', false);
    const reply = await h.slack.command({
      text: 'start secret-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: 'C0PRIVATE',
    });
    expect(reply.status).toBe(200);
    await h.drain();
    const answer = await h.fake.waitForResponse();
    expect(String((answer.body as { text: string }).text)).toMatch(/Invite me with `\/invite @deploy-checklist`/);
    expect(await databaseOf(h.bot.store).deployment.count()).toBe(0);
    expect(await databaseOf(h.bot.store).job.count({ where: { doneAt: null } })).toBe(0);
    // The name is free again once the bot is invited.
    h.fake.botMembership.set('C0PRIVATE', true);
    await h.slack.command({
      text: 'start secret-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: 'C0PRIVATE',
    });
    await h.drain();
    expect(lastCard(h.fake, 'C0PRIVATE')).toBeDefined();
  });

  it('escapes template text, so an item that mentions <!channel> pings nobody', async () => {
    const parent = await startDeployment('start hostile v1 --template hostile-text');
    const item = findItem(h.fake, parent, 'notify');
    expect(item.block.text?.text).toContain('Tell &lt;!channel&gt; &amp; ops');
    expect(JSON.stringify(h.fake.threadOf(parent).map((m) => m.blocks))).not.toContain('<!channel>');
    expect(textOf(lastCard(h.fake)!)).toContain('Tell &lt;!channel&gt; &amp; ops');
  });

  it('retries a chat.update that Slack refused and never loses the click', async () => {
    const parent = await startDeployment('start retry-svc v1 --template small-service');
    h.fake.failNext('chat.update', { status: 500, times: 2 });
    await clickItem(h, parent, 'tests-green', 'U0ALICE');
    await h.drain();
    // The failed attempt is stored with its backoff; once due again, it is sent.
    expect(findItem(h.fake, parent, 'tests-green').block.text?.text).not.toContain('ticked by');
    h.clock.advance(10 * 60_000);
    await h.drain();
    h.clock.advance(10 * 60_000);
    await h.drain();
    expect(findItem(h.fake, parent, 'tests-green').block.text?.text).toContain('ticked by <@U0ALICE>');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Pre-deployment\* 1\/3/);
  });

  it('waits out a 429 from Slack while posting the phases', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 30, times: 1 });
    await h.slack.command({ text: 'start limited v1 --template small-service', userId: 'U0OWNER', channelId: CHANNEL });
    await h.drain();
    expect(lastCard(h.fake)).toBeUndefined();
    const job = await databaseOf(h.bot.store).job.findFirst({ where: { kind: 'post-card' } });
    expect(job?.lastError).toMatch(/rate limited for 30s/);
    h.clock.advance(31_000);
    await h.drain();
    const card = lastCard(h.fake)!;
    expect(h.fake.threadOf(card.ts)).toHaveLength(4);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.status === 200 && c.response.ok)).toHaveLength(5);
  });
});

describe('deliveries that keep failing', () => {
  it('marks the job failed after its last attempt and shows it on the card', async () => {
    const h = await startHarness({ env: { JOB_MAX_ATTEMPTS: '1' } });
    try {
      await h.slack.command({
        text: 'start fragile v1 --template small-service',
        userId: 'U0OWNER',
        channelId: CHANNEL,
      });
      await h.drain();
      const parent = lastCard(h.fake)!.ts;
      h.fake.failNext('chat.update', { error: 'invalid_blocks', times: 1 });
      await clickItem(h, parent, 'tests-green', 'U0ALICE');
      await h.drain();
      const failed = await databaseOf(h.bot.store).job.findFirst({ where: { failedAt: { not: null } } });
      expect(failed?.kind).toBe('render');
      expect(failed?.lastError).toBe('invalid_blocks');
      expect(textOf(lastCard(h.fake)!)).toContain('Failed to deliver (1)');
      expect(textOf(lastCard(h.fake)!)).toContain('render after 1 attempts: invalid_blocks');
      expect(h.logs.some((line) => line.includes('job failed after its last attempt'))).toBe(true);
      // The click itself is stored, and the next change brings the message up to date again.
      await clickItem(h, parent, 'backup-taken', 'U0ALICE');
      await h.drain();
      expect(findItem(h.fake, parent, 'tests-green').block.text?.text).toContain('ticked by <@U0ALICE>');
    } finally {
      await h.close();
    }
  });
});

describe('with the production setting (reply at ack, work continues after it)', () => {
  it('acks the command at once and then posts the thread; a click acks before its update', async () => {
    const h = await startHarness({ processBeforeResponse: false });
    try {
      const reply = await h.slack.command({
        text: 'start prod-mode v1 --template small-service',
        userId: 'U0OWNER',
        channelId: CHANNEL,
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toBe('');
      await h.fake.waitFor(
        (call) =>
          call.method === 'chat.postMessage' &&
          String(call.args.thread_ts ?? '') !== '' &&
          String(call.args.text).startsWith('Rollback'),
      );
      await h.drain();
      const parent = lastCard(h.fake)!.ts;
      expect(h.fake.threadOf(parent)).toHaveLength(4);
      const click = await clickItem(h, parent, 'tests-green', 'U0ALICE');
      expect(click.status).toBe(200);
      await h.fake.waitFor(
        (call) => call.method === 'chat.update' && JSON.stringify(call.args.blocks).includes('ticked by <@U0ALICE>'),
      );
      expect(findItem(h.fake, parent, 'tests-green').block.text?.text).toContain('ticked by <@U0ALICE>');
    } finally {
      await h.close();
    }
  });
});
