import { afterEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';

/** A flood of starts (a script, a stuck key) is bounded per channel and per person, and each refusal says why. */
describe('start limits', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function start(harness: Harness, service: string, userId = 'U0OWNER') {
    const before = harness.fake.responses.length;
    await harness.slack.command({ text: `start ${service} v1 --template small-service`, userId, channelId: CHANNEL });
    await harness.drain();
    const answers = harness.fake.responses.slice(before).map((r) => String((r.body as { text?: string }).text ?? ''));
    return answers.join('\n');
  }
  const openCount = async (harness: Harness) =>
    databaseOf(harness.bot.store).deployment.count({ where: { channelId: CHANNEL, closedAt: null } });

  it('refuses a start beyond the open deployments a channel may hold, and creates nothing', async () => {
    h = await startHarness({ env: { START_LIMIT_OPEN_PER_CHANNEL: '3' } });
    for (const service of ['a-svc', 'b-svc', 'c-svc']) expect(await start(h, service, `U0${service[0]}`)).toBe('');
    const refused = await start(h, 'd-svc', 'U0D');
    expect(refused).toContain('already has 3 open deployments');
    expect(refused).toContain('START_LIMIT_OPEN_PER_CHANNEL');
    expect(await openCount(h)).toBe(3);
    expect(h.fake.callsTo('chat.postMessage').some((call) => JSON.stringify(call.args).includes('d-svc'))).toBe(false);
  });

  it('refuses a person’s starts beyond the minute’s allowance, and takes them again a minute later', async () => {
    h = await startHarness({ env: { START_LIMIT_PER_PERSON_PER_MINUTE: '2' } });
    expect(await start(h, 'a-svc')).toBe('');
    expect(await start(h, 'b-svc')).toBe('');
    expect(await start(h, 'c-svc')).toContain('You started 2 deployments in the last minute');
    // Someone else in the same channel is not held back.
    expect(await start(h, 'd-svc', 'U0OTHER')).toBe('');
    h.clock.advance(61_000);
    expect(await start(h, 'c-svc')).toBe('');
    expect(await openCount(h)).toBe(4);
  });
});
