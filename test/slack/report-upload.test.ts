import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeFile, FakeMessage } from '../../src/sandbox/slack-stand-in.ts';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { clickCard } from '../support/sign-off-steps.ts';

const OWNER = 'U0OWNER';
const READER = 'U0READER';

type Reply = { text?: string; response_type?: string };

/**
 * The report of a deployment asked for in Slack, by the command or the card's Report button: the outbox uploads it
 * (files.getUploadURLExternal, the bytes, files.completeUploadExternal) into the deployment's thread, once.
 */
describe('the report uploaded into the thread', () => {
  let h: Harness;
  let cardTs: string;
  let deploymentId: string;

  beforeAll(async () => {
    h = await startHarness();
    await h.slack.command({ text: 'start payments-api v2.4.1 production', userId: OWNER, channelId: CHANNEL });
    await h.drain();
    cardTs = lastCard(h.fake)!.ts;
    deploymentId = (await databaseOf(h.bot.store).deployment.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Runs the command and answers the ack's text and the text it responded with after. */
  async function command(text: string, userId = READER): Promise<{ ack: string; answer: string }> {
    const reply = await h.slack.command({ text, userId, channelId: CHANNEL });
    const id = decodeURIComponent(reply.responseUrl!.split('/').at(-1)!);
    const response = await h.fake.waitForResponse((r) => r.id === id, { timeoutMs: 3000 });
    return {
      ack: String((reply.json as Reply | undefined)?.text ?? ''),
      answer: String((response.body as Reply).text),
    };
  }

  /** The files shared in the card's thread, oldest first, with what was uploaded. */
  function filesInThread(): Array<{ message: FakeMessage; file: FakeFile }> {
    return h.fake
      .threadOf(cardTs)
      .flatMap((message) => (message.files ?? []).map((shared) => ({ message, file: h.fake.files.get(shared.id)! })));
  }

  async function auditHead(): Promise<string> {
    const row = await databaseOf(h.bot.store).deployment.findUniqueOrThrow({ where: { id: deploymentId } });
    return row.auditHeadHash!;
  }

  it('acks the command at once, then uploads the HTML report into the thread, with the audit head hash', async () => {
    const { ack, answer } = await command('report payments-api production');
    // One answer, not two: the ack shows nothing, the answer says where the report will appear.
    expect(ack).toBe('');
    expect(answer).toContain('The report of *payments-api v2.4.1 → production* will appear in its thread');
    expect(filesInThread()).toHaveLength(0);
    await h.drain();

    const shared = filesInThread();
    expect(shared).toHaveLength(1);
    const { message, file } = shared[0]!;
    expect(file.name).toBe('deployment-report-payments-api-v2.4.1-production.html');
    expect(file.completed).toBe(true);
    const html = file.content!.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('payments-api');
    expect(html).toContain('v2.4.1');
    expect(html).toContain(await auditHead());
    // The comment says who asked and ties the file to the chain.
    expect(message.text).toContain(`<@${READER}>`);
    expect(message.text).toContain(await auditHead());
    expect(message.thread_ts).toBe(cardTs);
  });

  it('takes a deployment id, and answers a name that matches nothing with what exists', async () => {
    const unknown = await command('report billing-api');
    expect(unknown.ack).toBe('');
    expect(unknown.answer).toContain('No deployment of `billing-api`');
    expect(unknown.answer).toContain('`payments-api` (production)');
    const otherEnvironment = await command('report payments-api staging');
    expect(otherEnvironment.answer).toContain('No deployment of `payments-api` to staging');
    const noSuchId = await command('report dep_doesnotexist');
    expect(noSuchId.answer).toContain('No deployment `dep_doesnotexist`');
    const before = filesInThread().length;
    await h.drain();
    expect(filesInThread()).toHaveLength(before);

    const byId = await command(`report ${deploymentId}`);
    expect(byId.answer).toContain('payments-api v2.4.1 → production');
    await h.drain();
    expect(filesInThread()).toHaveLength(before + 1);
  });

  it('uploads from the card’s Report button, for anyone in the channel', async () => {
    const before = filesInThread().length;
    await clickCard(h, 'upload-report', READER);
    await h.drain();
    const shared = filesInThread();
    expect(shared).toHaveLength(before + 1);
    expect(shared.at(-1)!.file.content!.toString('utf8')).toContain(await auditHead());
    expect(shared.at(-1)!.message.text).toContain(`<@${READER}>`);
  });

  it('shares exactly one file when Slack failed once and the job ran again', async () => {
    const before = filesInThread().length;
    const staged = h.fake.callsTo('files.getUploadURLExternal').length;
    h.fake.failNext('files.completeUploadExternal', { error: 'internal_error' });
    await clickCard(h, 'upload-report', READER);
    await h.drain();
    expect(filesInThread()).toHaveLength(before);
    expect(h.fake.callsTo('files.completeUploadExternal').at(-1)!.response.error).toBe('internal_error');

    h.clock.advance(60_000);
    await h.drain();
    expect(filesInThread()).toHaveLength(before + 1);
    // The retry shared the file the first run had staged: one upload, one file.
    expect(h.fake.callsTo('files.getUploadURLExternal')).toHaveLength(staged + 1);
    h.clock.advance(60_000);
    await h.drain();
    expect(filesInThread()).toHaveLength(before + 1);
  });

  it('does not share again when an earlier run shared the file and stopped before recording it', async () => {
    await clickCard(h, 'upload-report', READER);
    await h.drain();
    const before = filesInThread().length;
    // The state a process leaves that died right after Slack shared the file: the file staged, the job not done.
    const job = await databaseOf(h.bot.store).job.findFirstOrThrow({
      where: { kind: 'upload-report' },
      orderBy: { createdAt: 'desc' },
    });
    const row = await databaseOf(h.bot.store).slackMessage.findFirstOrThrow({
      where: { part: { startsWith: `report-file:${job.id}:` } },
    });
    expect(row.renderHash).toMatch(/^shared:F/);
    await databaseOf(h.bot.store).slackMessage.update({
      where: { id: row.id },
      data: { renderHash: row.renderHash!.replace('shared:', 'staged:') },
    });
    await databaseOf(h.bot.store).job.update({ where: { id: job.id }, data: { doneAt: null, dueAt: h.clock.now() } });

    await h.drain();
    expect(filesInThread()).toHaveLength(before);
    expect(h.fake.callsTo('files.completeUploadExternal').at(-1)!.response.error).toBe('file_not_found');
    expect((await databaseOf(h.bot.store).job.findUniqueOrThrow({ where: { id: job.id } })).doneAt).not.toBeNull();
  });
});
