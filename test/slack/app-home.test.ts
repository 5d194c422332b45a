import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

type Section = { type: string; block_id?: string; text?: { text: string } };

describe('the Home tab', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.fake.setUserGroupMembers('S0SECURITY', ['U0SEC']);
    await h.slack.command({ text: 'start web-shop v3 --template small-service', userId: 'U0SEC', channelId: CHANNEL });
    await h.slack.command({
      text: 'start vault v9 --template signed-service',
      userId: 'U0OWNER',
      channelId: 'C0OTHER',
    });
    await h.slack.command({ text: 'start old-svc v1 --template small-service', userId: 'U0OWNER', channelId: CHANNEL });
    await h.slack.command({ text: 'cancel old-svc', userId: 'U0OWNER', channelId: CHANNEL });
    await h.drain();
  });
  afterAll(async () => {
    await h.close();
  });

  async function openHome(userId: string): Promise<Section[]> {
    const reply = await h.slack.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
    expect(reply.status).toBe(200);
    const published = h.fake.callsTo('views.publish').at(-1);
    expect(published?.response.ok).toBe(true);
    expect(published?.args.user_id).toBe(userId);
    const view = published?.args.view as { blocks: Section[] };
    expect(checkSlackPayload('home', view)).toEqual([]);
    return view.blocks;
  }

  it('lists open deployments, the ones waiting for your sign-off first', async () => {
    const sections = (await openHome('U0SEC')).filter((b) => b.block_id?.startsWith('home:'));
    const texts = sections.map((s) => s.text?.text ?? '');
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('vault v9 → production');
    expect(texts[0]).toContain('Waiting for your sign-off* as Security Review');
    expect(texts[0]).toContain('<#C0OTHER>');
    expect(texts[1]).toContain('web-shop v3 → production');
    expect(texts[1]).toContain('owner <@U0SEC> (you)');
    // Cancelled deployments are gone from the list.
    expect(texts.join('\n')).not.toContain('old-svc');
  });

  it('shows how to start one when nothing is open', async () => {
    for (const service of ['web-shop', 'vault'])
      await h.slack.command({
        text: `cancel ${service}`,
        userId: service === 'vault' ? 'U0OWNER' : 'U0SEC',
        channelId: service === 'vault' ? 'C0OTHER' : CHANNEL,
      });
    await h.drain();
    const blocks = await openHome('U0SEC');
    expect(JSON.stringify(blocks)).toContain('No open deployments. Run `/deploy-checklist start');
  });
});
