import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';

type Reply = { response_type?: string; text?: string };

/** The ephemeral answer a user sees: in the ack body, or posted to the response_url after it. */
async function answerTo(
  h: Harness,
  text: string,
  userId = 'U0OWNER',
  channelId = CHANNEL,
): Promise<{ status: number; text: string }> {
  const before = h.fake.responses.length;
  const reply = await h.slack.command({ text, userId, channelId });
  const inAck = reply.json as Reply | undefined;
  if (inAck?.text) return { status: reply.status, text: inAck.text };
  const response = await h.fake
    .waitForResponse((r) => h.fake.responses.indexOf(r) >= before, { timeoutMs: 3000 })
    .catch(() => undefined);
  return { status: reply.status, text: String((response?.body as Reply | undefined)?.text ?? '') };
}

describe('/deploy-checklist input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each([
    ['', /Usage/],
    ['help', /Usage/],
    ['deploy payments', /Unknown command `deploy`/],
    ['start', /needs a service and a version/],
    ['start payments-api', /needs a version/],
    ['start payments api v1 prod extra', /takes a service, a version and an environment/],
    ['start pay$ments v1', /not a service name/],
    ['start payments-api v1;rm', /not a version/],
    ['start payments-api v1 prod/eu', /not an environment/],
    ['start payments-api v1 --template nope', /no template called `nope`/],
    ['start payments-api v1 --url ftp://x', /must start with https/],
    ['start payments-api v1 --url', /`--url` needs a value/],
    ['start payments-api v1 --colour red', /Unknown option `--colour`/],
    [`start ${'a'.repeat(80)} v1`, /not a service name/],
    ['status', /exactly one service name/],
    ['list please', /takes no arguments/],
  ])('%j is answered with %s and an example', async (text, expected) => {
    const answer = await answerTo(h, text);
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(expected);
    if (!/Usage/.test(expected.source)) expect(answer.text).toMatch(/For example: `\/deploy-checklist/);
  });

  it('escapes user text, so a service called <!channel> pings nobody', async () => {
    const answer = await answerTo(h, 'start <!channel> v1');
    expect(answer.text).toContain('&lt;!channel&gt;');
    expect(answer.text).not.toContain('<!channel>');
  });

  it('lists templates, including the built-in web-service and the team folder', async () => {
    const answer = await answerTo(h, 'templates');
    expect(answer.text).toContain('`web-service`');
    expect(answer.text).toContain('`small-service`');
  });

  it('refuses a second open deployment of the same service and environment, but not another environment', async () => {
    await h.slack.command({
      text: 'start orders v1.0.0 staging --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    const second = await answerTo(h, 'start orders v1.0.1 staging --template small-service');
    expect(second.text).toMatch(/orders already has an open deployment to staging/);
    const other = await h.slack.command({
      text: 'start orders v1.0.1 production --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    expect(other.status).toBe(200);
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('orders v1.0.1 → production');
  });

  it('lists open deployments of the channel and shows the status of a service', async () => {
    await h.slack.command({
      text: 'start billing v3 production --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    const listed = await answerTo(h, 'list');
    expect(listed.text).toContain('billing v3 → production');
    const status = await answerTo(h, 'status billing');
    expect(status.text).toMatch(/billing v3 → production\*: planning, 0\/7 items/);
    expect(status.text).toContain('Pre-deployment 0/3');
    const unknown = await answerTo(h, 'status nothing-here');
    expect(unknown.text).toMatch(/No deployment of `nothing-here` yet/);
  });

  it('lists open deployments newest first, also when they started in the same millisecond', async () => {
    const channelId = 'C0LIST';
    h.fake.channels.add(channelId);
    // The test clock stands still, so all three start at the same instant.
    for (const service of ['first-svc', 'second-svc', 'third-svc']) {
      await h.slack.command({ text: `start ${service} v1 --template small-service`, userId: 'U0OWNER', channelId });
      await h.drain();
    }
    const listed = await answerTo(h, 'list', 'U0OWNER', channelId);
    const services = listed.text.split('\n').map((line) => line.match(/\w+-svc/)?.[0]);
    expect(services.filter(Boolean)).toEqual(['third-svc', 'second-svc', 'first-svc']);
  });

  it('answers five hundred random command texts helpfully and never with a 500', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = [
      'start',
      'list',
      'status',
      'help',
      '--url',
      '--template',
      '--role',
      'x=@y',
      '<@U1>',
      '<!here>',
      'v1',
      'prod',
      '💥',
      '""',
      '&',
      '\n',
      '%00',
      'https://a.b',
      'web-service',
      ' ',
    ];
    for (let i = 0; i < 500; i++) {
      const words = Array.from(
        { length: Math.floor(random() * 6) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      );
      // Each random text gets its own service so a valid `start` doesn't collide with an earlier one.
      const text = words.join(' ').replace(/^start v1/, `start svc-${i} v1`);
      const reply = await h.slack.command({ text, userId: 'U0FUZZ', channelId: 'C0OTHER' });
      expect(reply.status, `text ${JSON.stringify(text)}`).toBe(200);
      // Either the ack itself explains, or it was a well-formed command whose answer follows the ack.
      const explained = Boolean((reply.json as Reply | undefined)?.text);
      expect(explained || /^(list|status|start)\b/.test(text.trim()), `text ${JSON.stringify(text)}`).toBe(true);
    }
    await h.drain();
    // Every ack that carried a message told the user something useful.
    expect(h.logs.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  }, 60_000);
});

describe('/deploy-checklist cancel', () => {
  it('cancels an open deployment before go-live, frees its name and tells the thread', async () => {
    const h = await startHarness();
    try {
      await h.slack.command({
        text: 'start reports v2 staging --template small-service',
        userId: 'U0OWNER',
        channelId: CHANNEL,
      });
      await h.drain();
      const other = await h.slack.command({ text: 'cancel reports staging', userId: 'U0OTHER', channelId: CHANNEL });
      expect(other.status).toBe(200);
      expect(String(((await h.fake.waitForResponse()).body as { text: string }).text)).toContain('Only the owner');
      await h.slack.command({ text: 'cancel reports', userId: 'U0OWNER', channelId: CHANNEL });
      await h.drain();
      expect(textOf(lastCard(h.fake)!)).toContain(':no_entry_sign: Cancelled');
      expect(
        h.fake
          .threadOf(lastCard(h.fake)!.ts)
          .map((m) => m.text)
          .join('\n'),
      ).toContain('Cancelled by <@U0OWNER>');
      expect(JSON.stringify(lastCard(h.fake)!.blocks)).not.toContain('"action_id":"go-live"');
      await h.slack.command({
        text: 'start reports v3 staging --template small-service',
        userId: 'U0OWNER',
        channelId: CHANNEL,
      });
      await h.drain();
      expect(textOf(lastCard(h.fake)!)).toContain('reports v3 → staging');
    } finally {
      await h.close();
    }
  });
});
