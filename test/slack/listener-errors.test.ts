import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { userMessageFor } from '../../src/slack/listener-errors.ts';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, clickItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';

/** A store fault nobody planned for: the table the bot reads most is suddenly gone. */
async function breakTheStore(h: Harness): Promise<void> {
  await databaseOf(h.bot.store).$executeRawUnsafe('ALTER TABLE "Deployment" RENAME TO "DeploymentMoved"');
}

function referenceIn(text: string): string {
  const match = /reference `([0-9a-f]{8})`/.exec(text);
  if (!match?.[1]) throw new Error(`no reference in ${JSON.stringify(text)}`);
  return match[1];
}

describe('failures inside a listener', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers a failed command with a reference that is in the log, and keeps serving', async () => {
    await breakTheStore(h);
    const before = h.fake.responses.length;
    const reply = await h.slack.command({ text: 'list', userId: 'U0OWNER', channelId: CHANNEL });
    expect(reply.status).toBe(200);
    const answer = await h.fake.waitForResponse((r) => h.fake.responses.indexOf(r) >= before);
    const text = String((answer.body as { text: string }).text);
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    expect(text).toMatch(/Something went wrong on our side/);
    const reference = referenceIn(text);
    const logged = h.logs.map((line) => JSON.parse(line)).find((entry) => entry.reference === reference);
    expect(logged).toMatchObject({ level: 'error', message: 'a request failed', kind: 'command' });
    // The reference is the start of the request's correlation id: its request line is found by the same search.
    const requestLine = h.logs
      .map((line) => JSON.parse(line))
      .find((entry) => entry.message === 'slack request' && String(entry.correlationId).startsWith(reference));
    expect(requestLine).toMatchObject({ kind: 'command', outcome: 'error' });
    // The process is still up and answers the next request.
    const help = await h.slack.command({ text: 'help', userId: 'U0OWNER', channelId: CHANNEL });
    expect((help.json as { text: string }).text).toMatch(/Usage/);
  });

  it('whispers a failed click in the thread it came from', async () => {
    await h.slack.command({
      text: 'start errors-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    const parent = lastCard(h.fake)?.ts as string;
    await breakTheStore(h);
    const before = h.fake.ephemerals.size;
    const reply = await clickItem(h, parent, 'tests-green', 'U0ALICE');
    expect(reply.status).toBe(200);
    const whispered = [...h.fake.ephemerals.values()].slice(before);
    expect(whispered).toHaveLength(1);
    expect(whispered[0]).toMatchObject({ channel: CHANNEL, user: 'U0ALICE' });
    const reference = referenceIn(whispered[0]?.text ?? '');
    expect(h.logs.some((line) => line.includes(reference) && line.includes('"actionId"'))).toBe(true);
  });
});

describe('what a person reads about a failure', () => {
  it('is a known error in its own words, and never an internal message', () => {
    const known = new AppError('busy', { message: 'CAS lost on dep_1', userMessage: 'Someone else just changed it.' });
    expect(userMessageFor(known, 'abcd1234')).toBe('Someone else just changed it.');
    const unknown = userMessageFor(new Error('SQLITE_CORRUPT at /data/x.db'), 'abcd1234');
    expect(unknown).toContain('`abcd1234`');
    expect(unknown).not.toContain('SQLITE');
  });
});
