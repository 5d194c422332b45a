import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, CORE_THREAD_START_MS, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';
import { clickCard, lastModal, threadNotices } from '../support/sign-off-steps.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

const OWNER = 'U0OWNER';
const OPS = 'U0OPS';
const MINUTE = 60_000;

type Block = { type: string; block_id?: string; elements?: Array<{ action_id: string; value: string }> };

describe('check-ins and rollback reminders after go-live', () => {
  let h: Harness;
  let service: Server;
  let healthy = true;

  beforeEach(async () => {
    healthy = true;
    service = createServer((_req, res) => {
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    // With the core in its own thread, as in production: the follow-ups of go-live and snooze are decided there,
    // and the test's clock moves for both threads.
    h = await startHarness({ env: { PROBE_ALLOW_PRIVATE: 'true' }, coreThread: true });
    const url = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    await h.slack.command({
      text: `start web v9 production --template check-in-service --url ${url} --role operations=<@${OPS}>`,
      userId: OWNER,
      channelId: CHANNEL,
    });
    await h.drain();
    await clickCard(h, 'go-live', OWNER);
    await h.drain();
  }, CORE_THREAD_START_MS);
  afterEach(async () => {
    await h.close();
    await new Promise((resolve) => service.close(resolve));
  });

  const checkIns = () => h.fake.threadOf(lastCard(h.fake)!.ts).filter((m) => m.text.startsWith('Check-in '));
  const reminders = () => threadNotices(h).filter((t) => t.includes('rollback window'));

  async function at(msAfterGoLive: number): Promise<void> {
    const deployment = await databaseOf(h.bot.store).deployment.findFirst();
    h.clock.set(new Date(deployment!.goLiveAt!.getTime() + msAfterGoLive));
    await h.drain();
  }

  async function press(message: { ts: string; blocks: unknown[] }, actionId: string, userId = OWNER) {
    const actions = (message.blocks as Block[]).find((b) => b.type === 'actions')!;
    const button = actions.elements!.find((e) => e.action_id === actionId)!;
    const reply = await h.slack.blockAction({
      userId,
      channelId: CHANNEL,
      messageTs: message.ts,
      threadTs: lastCard(h.fake)!.ts,
      actionId,
      value: button.value,
      blockId: actions.block_id,
    });
    await h.drain();
    return reply;
  }

  it('posts the rollback plan and a baseline probe run at go-live', async () => {
    const notices = threadNotices(h).join('\n');
    expect(notices).toContain(':rocket: *Live:*');
    expect(notices).toContain(
      ':rewind: *Rollback plan* (window: 2h after go-live)\n1. Redeploy the previous image tag',
    );
    expect(notices).toContain('*Probes at go-live (baseline for check-ins)*: 1 pass, 0 fail');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Next check-in: \*T\+1 minute\* <!date\^/);
  });

  it('posts each check-in once, at its time, with the probe comparison and mentions', async () => {
    await at(59_000);
    expect(checkIns()).toHaveLength(0);
    await at(60_000);
    expect(checkIns()).toHaveLength(1);
    const first = checkIns()[0]!;
    expect(checkSlackPayload('message', first)).toEqual([]);
    const text = textOf(first);
    expect(text).toContain('Check-in: T+1 minute');
    expect(text).toContain(`<@${OWNER}> <@${OPS}> how is *web v9* doing, 60s after go-live?`);
    expect(text).toContain('Error rates are normal');
    expect(text).toContain('no probe changed outcome since go-live');
    expect(text).toMatch(/latency p95: \d+ ms at go-live → \d+ ms now/);
    await at(61_000);
    expect(checkIns()).toHaveLength(1);

    healthy = false;
    await at(10 * MINUTE);
    expect(checkIns()).toHaveLength(2);
    expect(textOf(checkIns()[1]!)).toContain('newly failing since go-live: *Health checks return 200 OK*');
    expect(threadNotices(h).join('\n')).toContain(`<@${OWNER}> probes fail at *T+10 minutes* that passed at go-live`);
  });

  it('records each answer, shows it on the card, and replaces the buttons', async () => {
    await at(60_000);
    await press(checkIns()[0]!, 'check-in-stable', OPS);
    expect(textOf(lastCard(h.fake)!)).toContain(`T+1 minute: *stable* by <@${OPS}>`);
    expect(textOf(checkIns()[0]!)).toContain('Answered *stable*');
    expect((checkIns()[0]!.blocks as Block[]).some((b) => b.type === 'actions')).toBe(false);
    const audit = await databaseOf(h.bot.store).auditEvent.findFirst({ where: { action: 'check-in-answered' } });
    expect(JSON.parse(audit!.dataJson)).toMatchObject({ key: 't-1m', answer: 'stable' });
  });

  it('takes issues with a note from a modal', async () => {
    await at(60_000);
    await press(checkIns()[0]!, 'check-in-issues');
    const modal = lastModal(h);
    const missingNote = await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: {
        issues: { issues: { type: 'radio_buttons', selected_option: { value: 'major' } } },
        note: { note: { type: 'plain_text_input', value: null } },
      },
    });
    expect(JSON.stringify(missingNote.json)).toContain('Describe the issues');
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: {
        issues: { issues: { type: 'radio_buttons', selected_option: { value: 'major' } } },
        note: { note: { type: 'plain_text_input', value: 'checkout errors at 4%' } },
      },
    });
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('T+1 minute: *major* by <@U0OWNER>: checkout errors at 4%');
    expect(threadNotices(h).join('\n')).toContain('major issues reported');
  });

  it('snoozes a check-in and asks again when the snooze ends', async () => {
    await at(60_000);
    await at(10 * MINUTE);
    const tenMinutes = () => checkIns().filter((m) => m.text.includes('T+10 minutes'));
    await press(tenMinutes()[0]!, 'check-in-snooze-30m');
    expect(threadNotices(h).join('\n')).toContain('*T+10 minutes* snoozed by <@U0OWNER>');
    await at(39 * MINUTE);
    expect(tenMinutes()).toHaveLength(1);
    await at(40 * MINUTE);
    expect(tenMinutes()).toHaveLength(2);
  });

  it('lets a later check-in supersede one snoozed past it', async () => {
    await at(60_000);
    await press(checkIns()[0]!, 'check-in-snooze-30m');
    await at(31 * MINUTE);
    expect(checkIns().map((m) => m.text.split(' for ')[0])).toEqual(['Check-in T+1 minute', 'Check-in T+10 minutes']);
  });

  it('escalates an unanswered check-in in the thread and by direct message to the owner', async () => {
    await at(60_000);
    await at(60_000 + 5 * MINUTE);
    expect(threadNotices(h).join('\n')).toContain(
      `:bell: <@${OWNER}> <@${OPS}> the *T+1 minute* check-in of web v9 is still unanswered.`,
    );
    const dm = h.fake.callsTo('chat.postMessage').find((c) => String(c.args.channel).startsWith('D'));
    expect(String(dm?.args.text)).toContain('is waiting for your answer');
    await at(60_000 + 20 * MINUTE);
    expect(
      threadNotices(h).filter((t) => t.includes('T+1 minute* check-in of web v9 is still unanswered')),
    ).toHaveLength(1);
  });

  it('stops check-ins with a reason', async () => {
    await at(60_000);
    await press(checkIns()[0]!, 'check-in-stop');
    const modal = lastModal(h);
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: { reason: { reason: 'feature flag off, nothing to watch' } },
    });
    await h.drain();
    await at(2 * 3_600_000);
    expect(checkIns()).toHaveLength(1);
    expect(textOf(lastCard(h.fake)!)).toContain('Check-ins stopped: feature flag off, nothing to watch');
    expect(
      await databaseOf(h.bot.store).job.count({
        where: { kind: { in: ['check-in', 'check-in-escalation'] }, doneAt: null },
      }),
    ).toBe(0);
  });

  it('reminds about the rollback window at a tightening cadence, then stops at the close', async () => {
    for (const minutes of [29, 30, 60, 90, 100, 110, 120, 180]) await at(minutes * MINUTE);
    const sent = reminders();
    expect(sent.filter((t) => t.includes('verification of *web v9* open for'))).toHaveLength(5);
    expect(sent[0]).toContain('open for 30m');
    expect(sent.at(-1)).toContain('the rollback window of *web v9* closed');
    const times = (
      await databaseOf(h.bot.store).auditEvent.findMany({
        where: { action: 'rollback-reminder-sent' },
        orderBy: { at: 'asc' },
      })
    ).map((a) => a.at.getTime());
    const goLive = (await databaseOf(h.bot.store).deployment.findFirst())!.goLiveAt!.getTime();
    expect(times.map((t) => (t - goLive) / MINUTE)).toEqual([30, 60, 90, 100, 110, 120]);
  });

  it('rolls back from a check-in: reason, rollback phase, pings, then closes as rolled back', async () => {
    await at(60_000);
    await press(checkIns()[0]!, 'check-in-rollback');
    const modal = lastModal(h);
    expect(modal.callbackId).toBe('start-rollback-modal');
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: { reason: { reason: 'payments failing for EU cards' } },
    });
    await h.drain();
    const notices = threadNotices(h).join('\n');
    expect(notices).toContain(
      `:rewind: *Rollback started* by <@${OWNER}>: payments failing for EU cards\n<@${OWNER}> <@${OPS}>`,
    );
    expect(notices).toContain(
      '*Rollback items* (tick them in the *Rollback* phase of this thread):\n• Previous image redeployed',
    );
    expect(textOf(lastCard(h.fake)!)).toContain(':rewind: Rolling back');
    expect(
      await databaseOf(h.bot.store).job.count({
        where: { kind: { in: ['check-in', 'rollback-reminder', 'check-in-escalation'] }, doneAt: null },
      }),
    ).toBe(0);
    await clickCard(h, 'complete-rollback', OWNER);
    await h.drain();
    const deployment = await databaseOf(h.bot.store).deployment.findFirst();
    expect(deployment?.status).toBe('rolled-back');
    expect(deployment?.openKey).toBeNull();
    await at(3 * 3_600_000);
    expect(checkIns()).toHaveLength(1);
  });

  it('closes as stable from a reminder and stops everything', async () => {
    await at(30 * MINUTE);
    const reminder = h.fake.threadOf(lastCard(h.fake)!.ts).find((m) => m.text.includes('rollback window closes'))!;
    await press(reminder, 'mark-stable', OPS);
    expect((await databaseOf(h.bot.store).deployment.findFirst())?.status).toBe('stable');
    await at(3 * 3_600_000);
    expect(reminders()).toHaveLength(1);
  });
});

describe('scheduled work across restarts and replicas', () => {
  it('posts every check-in that fell due while the bot was down once, saying how late it is', async () => {
    const h = await startHarness();
    try {
      await h.slack.command({
        text: 'start late-svc v1 --template check-in-service',
        userId: OWNER,
        channelId: CHANNEL,
      });
      await h.drain();
      await clickCard(h, 'go-live', OWNER);
      await h.drain();
      await h.restart(() => h.clock.advance(3 * 3_600_000));
      await h.drain();
      const posted = h.fake.threadOf(lastCard(h.fake)!.ts).filter((m) => m.text.startsWith('Check-in '));
      expect(posted).toHaveLength(1);
      const text = textOf(posted[0]!);
      expect(text).toContain('Check-in: T+1 hour');
      expect(text).toContain('2h late: the bot was not running when it fell due');
      expect(text).toContain('Missed while the bot was down: T+1 minute (2h 59m late), T+10 minutes (2h 50m late)');
      const reminders = threadNotices(h).filter((t) => t.includes('rollback window'));
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toContain('closed');
      expect(reminders[0]).toContain('late: the bot was not running');
      await h.restart();
      await h.drain();
      expect(h.fake.threadOf(lastCard(h.fake)!.ts).filter((m) => m.text.startsWith('Check-in '))).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('retries a check-in while Slack fails and posts it once Slack answers', async () => {
    const h = await startHarness();
    try {
      await h.slack.command({ text: 'start flaky v1 --template check-in-service', userId: OWNER, channelId: CHANNEL });
      await h.drain();
      await clickCard(h, 'go-live', OWNER);
      await h.drain();
      h.fake.failNext('chat.postMessage', { status: 500, times: 3 });
      const goLive = (await databaseOf(h.bot.store).deployment.findFirst())!.goLiveAt!.getTime();
      h.clock.set(new Date(goLive + 60_000));
      await h.drain();
      expect(h.fake.threadOf(lastCard(h.fake)!.ts).filter((m) => m.text.startsWith('Check-in '))).toHaveLength(0);
      for (let i = 0; i < 6; i++) {
        h.clock.advance(MINUTE);
        await h.drain();
      }
      expect(h.fake.threadOf(lastCard(h.fake)!.ts).filter((m) => m.text.includes('T+1 minute'))).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
