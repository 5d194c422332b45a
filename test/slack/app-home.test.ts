import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeploymentEvent } from '../../src/domain/apply-event.ts';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

type Section = { type: string; block_id?: string; text?: { text: string } };
type View = { blocks: Section[]; hash?: string };

describe('the Home tab: My deploys', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const apply = async (service: string, event: DeploymentEvent) => {
    const outcome = await h.bot.core.apply(ids[service] as string, event);
    if (!outcome.ok) throw new Error(outcome.userMessage);
    await h.drain();
  };
  /** The views.publish calls for a person, in order. */
  const publishes = (userId: string) => h.fake.callsTo('views.publish').filter((c) => c.args.user_id === userId);
  const headings = (view: View) =>
    view.blocks.filter((b) => b.type === 'section' && !b.block_id).map((b) => b.text?.text ?? '');
  const entries = (view: View) =>
    view.blocks.filter((b) => b.block_id?.startsWith('home:dep_')).map((b) => b.text?.text ?? '');

  beforeAll(async () => {
    h = await startHarness();
    h.fake.setUserGroupMembers('S0SECURITY', ['U0SEC']);
    const start = (text: string, userId: string, channelId = CHANNEL) => h.slack.command({ text, userId, channelId });
    await start('start other v1 --template small-service', 'U0OWNER');
    await start('start api v2 --template signed-service --role tech-lead=<@U0LEAD>', 'U0OWNER', 'C0OTHER');
    await start('start web-shop v3 --template small-service', 'U0SEC');
    await start('start vault v9 --template signed-service --role tech-lead=<@U0LEAD>', 'U0OWNER', 'C0OTHER');
    await start('start old-svc v1 --template small-service', 'U0OWNER');
    await start('cancel old-svc', 'U0OWNER');
    await h.drain();
    for (const row of await databaseOf(h.bot.store).deployment.findMany({ select: { id: true, service: true } }))
      ids[row.service] = row.id;
    // U0SEC has signed api's security review: they hold a role there and owe nothing.
    await apply('api', { type: 'sign-off', actor: 'U0SEC', id: 'sig_api', roleKey: 'security', decision: 'approve' });
    // web-shop's health probe fails.
    await apply('web-shop', {
      type: 'probe-results',
      actor: 'U0SEC',
      runId: 'run_web',
      report: '',
      entries: [
        {
          itemKey: 'health-ok',
          kind: 'http',
          target: 'https://web-shop.example.com/health',
          outcome: 'fail',
          summary: 'status 503, expected 200',
          failing: ['status 503'],
          warnings: [],
          attempts: 1,
          durationMs: 4,
        },
      ],
    });
  });
  afterAll(async () => {
    await h.close();
  });

  async function openHome(userId: string): Promise<View> {
    const reply = await h.slack.event({ type: 'app_home_opened', user: userId, channel: 'D0HOME', tab: 'home' });
    expect(reply.status).toBe(200);
    const published = publishes(userId).at(-1);
    expect(published?.response.ok).toBe(true);
    const view = published?.args.view as View;
    expect(checkSlackPayload('home', view)).toEqual([]);
    return view;
  }

  it('shows what you owe first, then your roles, your own, failing probes, the last 30 days and the rest', async () => {
    // Nobody had opened the Home yet: the changes above published nothing.
    expect(h.fake.callsTo('views.publish')).toEqual([]);
    const view = await openHome('U0SEC');
    expect(headings(view)).toEqual([
      '*:raising_hand: Waiting for you (1)*',
      '*:busts_in_silhouette: Where you hold a role (1)*',
      '*:rocket: Your deployments (1)*',
      '*:x: Failing probes (1)*',
      '*:bar_chart: The last 30 days in this workspace*',
      '*:card_index: Other open deployments (1)*',
    ]);
    const texts = entries(view);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toContain('vault v9 → production');
    expect(texts[0]).toContain('Waiting for your sign-off* as Security Review');
    expect(texts[1]).toContain('api v2 → production');
    expect(texts[1]).toContain('Your role: Security Review');
    expect(texts[2]).toContain('web-shop v3 → production');
    expect(texts[2]).toContain('owner <@U0SEC> (you)');
    expect(texts[3]).toContain('other v1 → production');
    expect(texts.join('\n')).not.toContain('old-svc');
    const failing = view.blocks.find((b) => b.block_id === 'home:failing-probes')?.text?.text;
    expect(failing).toContain('web-shop v3 → production');
    expect(failing).toContain('Health endpoint answers 200: status 503, expected 200');
    const figures = view.blocks.find((b) => b.block_id === 'home:figures')?.text?.text;
    expect(figures).toContain('5 started: 0 stable, 0 rolled back, 1 cancelled, 4 open');
  });

  it('is republished, with the last hash, when something the person holds changes; never for those who never opened it', async () => {
    const before = publishes('U0SEC');
    const lastHash = (before.at(-1)?.response as { view?: { hash?: string } } | undefined)?.view?.hash;
    expect(lastHash).toBeTruthy();
    // U0LEAD (who never opened the Home) rejects api: their Home is not published.
    await h.bot.core.apply(ids.api as string, {
      type: 'sign-off',
      actor: 'U0LEAD',
      id: 'sig_lead',
      roleKey: 'tech-lead',
      decision: 'reject',
      reason: 'no load test',
    });
    await h.drain();
    expect(publishes('U0LEAD')).toEqual([]);
    // A rejection on api changes nothing U0SEC holds there: no republish.
    expect(publishes('U0SEC')).toHaveLength(before.length);
    await apply('vault', {
      type: 'sign-off',
      actor: 'U0SEC',
      id: 'sig_vault',
      roleKey: 'security',
      decision: 'approve',
    });
    const after = publishes('U0SEC');
    expect(after).toHaveLength(before.length + 1);
    const republished = after.at(-1);
    expect(republished?.args.hash).toBe(lastHash);
    expect(republished?.response.ok).toBe(true);
    // Signed: vault moved from "Waiting for you" to "Where you hold a role".
    const view = republished?.args.view as View;
    expect(headings(view)[0]).toBe('*:busts_in_silhouette: Where you hold a role (2)*');
    expect(entries(view)[0]).toContain('vault v9 → production');
  });

  it('a tick that changes nothing you hold (not even the status) republishes nothing', async () => {
    // The first tick moves web-shop from planning to in progress: shown on the Home.
    await apply('web-shop', { type: 'set-item', actor: 'U0SEC', itemKey: 'tests-green', done: true });
    const count = publishes('U0SEC').length;
    await apply('web-shop', { type: 'set-item', actor: 'U0SEC', itemKey: 'backup-taken', done: true });
    expect(publishes('U0SEC')).toHaveLength(count);
  });

  it('a stale hash (a publish it did not make) is refused by Slack, and the Home is rendered again and published', async () => {
    // Someone else's publish changes the view's hash behind the bot's back.
    const answer = await fetch(`${h.fake.url}views.publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.fake.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        user_id: 'U0SEC',
        view: JSON.stringify({ type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'old' } }] }),
      }).toString(),
    });
    expect(((await answer.json()) as { ok: boolean }).ok).toBe(true);
    const before = publishes('U0SEC').length;
    // vault, where U0SEC holds a role, is cancelled.
    await apply('vault', { type: 'cancel', actor: 'U0OWNER', reason: '' });
    const calls = publishes('U0SEC').slice(before);
    expect(calls.map((c) => (c.response.ok ? 'ok' : c.response.error))).toEqual(['hash_conflict', 'ok']);
    expect(calls[1]?.args.hash).toBeUndefined();
    expect(JSON.stringify(calls[1]?.args.view)).not.toContain('vault v9');
    // The next one sends the hash Slack gave that publish, and it is accepted at once.
    const acceptedHash = (calls[1]?.response as { view?: { hash?: string } } | undefined)?.view?.hash;
    await apply('api', { type: 'go-live', actor: 'U0OWNER', override: 'CAB-9 approved by phone' });
    const next = publishes('U0SEC').slice(before + 2);
    expect(next.map((c) => [c.args.hash, c.response.ok])).toEqual([[acceptedHash, true]]);
  });
});
