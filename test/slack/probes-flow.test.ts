import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, findItem, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';
import { clickCard, submitSignOff, threadNotices } from '../support/sign-off-steps.ts';

describe('probes from the thread', () => {
  let h: Harness;
  let service: Server;
  let healthy = true;
  let parent: string;

  beforeEach(async () => {
    healthy = true;
    // The deployed service: a health endpoint we can break, and no security headers at all.
    service = createServer((req, res) => {
      if (req.url === '/health') {
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: healthy ? 'ok' : 'degraded' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html></html>');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const port = (service.address() as AddressInfo).port;
    h = await startHarness({ env: { PROBE_ALLOW_PRIVATE: 'true', PROBE_TIMEOUT_MS: '5000' } });
    await h.slack.command({
      text: `start shop v3 production --template probe-service --url http://127.0.0.1:${port} --role tech-lead=<@U0LEAD>`,
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    parent = lastCard(h.fake)!.ts;
  });
  afterEach(async () => {
    await h.close();
    await new Promise((resolve) => service.close(resolve));
  });

  it('runs the probes from the card, ticks passing items, flags failing ones and reports in the thread', async () => {
    const reply = await clickCard(h, 'run-probes', 'U0OWNER');
    expect(reply.status).toBe(200);
    await h.drain();
    const notices = threadNotices(h).join('\n');
    expect(notices).toContain('<@U0OWNER> started 2 probes…');
    expect(notices).toMatch(/\*Probe run\*: 1 pass, 1 fail/);
    expect(notices).toMatch(/:red_circle: \*Security headers are in place\* \(headers http:\/\/127\.0\.0\.1:\d+/);
    expect(notices).toContain('✗ `content-security-policy (csp-not-implemented -25: absent) in csp-implemented-with');
    expect(notices).toMatch(/headers http:\/\/127\.0\.0\.1:\d+, \d+ ms, grade F\)/);
    expect(notices).toContain('*Database is not directly accessible*: not run, set ${db} first');

    const health = findItem(h.fake, parent, 'health-ok').block.text?.text ?? '';
    expect(health).toContain(':white_check_mark:');
    expect(health).toContain('ticked by the probe');
    expect(health).toContain('probe pass');
    const headers = findItem(h.fake, parent, 'headers-ok').block.text?.text ?? '';
    expect(headers).toContain(':x:');
    expect(headers).toContain('probe fail');
    expect(textOf(lastCard(h.fake)!)).toMatch(/Last run <!date\^\d+\^[^>]+> \(manual\): 1 pass, 1 fail/);
    const runs = await databaseOf(h.bot.store).probeRun.findMany();
    expect(runs.map((r) => [r.itemKey, r.outcome]).sort()).toEqual([
      ['headers-ok', 'fail'],
      ['health-ok', 'pass'],
    ]);
    expect(JSON.parse(runs.find((r) => r.itemKey === 'headers-ok')!.conditionsJson).length).toBeGreaterThan(2);
  });

  it('starts one run for two clicks while a run is in progress', async () => {
    await clickCard(h, 'run-probes', 'U0OWNER');
    await clickCard(h, 'run-probes', 'U0OTHER');
    const ephemeral = await h.fake.waitFor('chat.postEphemeral');
    expect(String(ephemeral.args.text)).toContain('A probe run for this deployment is already in progress');
    await h.drain();
    expect(await databaseOf(h.bot.store).probeRun.count()).toBe(2);
    expect(threadNotices(h).filter((t) => t.includes('*Probe run*'))).toHaveLength(1);
  });

  it('runs only the phase probes from a phase message', async () => {
    const phase = h.fake.threadOf(parent).find((m) => JSON.stringify(m.blocks).includes('phase-actions:pre'))!;
    const actions = (phase.blocks as Array<{ block_id?: string; elements?: Array<{ value: string }> }>).find(
      (b) => b.block_id === 'phase-actions:pre',
    )!;
    await h.slack.blockAction({
      userId: 'U0OWNER',
      channelId: CHANNEL,
      messageTs: phase.ts,
      threadTs: parent,
      actionId: 'run-probes',
      value: actions.elements![0]!.value,
      blockId: 'phase-actions:pre',
    });
    await h.drain();
    expect(threadNotices(h).join('\n')).toContain('*Probes of Pre-deployment*: 1 pass, 1 fail');
    expect(threadNotices(h).join('\n')).not.toContain('Database is not directly accessible');
  });

  it('makes a sign-off stale when a probe that had passed now fails', async () => {
    await clickCard(h, 'run-probes', 'U0OWNER');
    await h.drain();
    await clickCard(h, 'sign-off', 'U0LEAD');
    await submitSignOff(h, 'U0LEAD', 'tech-lead', 'approve');
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('Sign-offs: quorum reached');
    healthy = false;
    await clickCard(h, 'run-probes', 'U0OWNER');
    await h.drain();
    const card = textOf(lastCard(h.fake)!);
    expect(card).toContain('stale: the probe of \\"Health checks return 200 OK\\" passed before but fails now');
    expect(threadNotices(h).join('\n')).toContain('<@U0LEAD> your sign-off for *Technical Lead* is stale');
    expect(threadNotices(h).join('\n')).toContain('status (503');
    // The probe had ticked the item; now it is unticked and flagged.
    expect(findItem(h.fake, parent, 'health-ok').block.text?.text).toContain(':x:');
  });

  it('lets the owner set the URL from the card, and checks what was typed', async () => {
    await clickCard(h, 'set-endpoint', 'U0OWNER');
    const view = h.fake.callsTo('views.open').at(-1)!.args.view as { private_metadata: string; callback_id: string };
    const bad = await h.slack.viewSubmission({
      userId: 'U0OWNER',
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { 'endpoint:url': { value: 'ftp://nope' }, 'endpoint:db': { value: 'db.example.com:5432' } },
    });
    expect(bad.json).toEqual({
      response_action: 'errors',
      errors: { 'endpoint:url': expect.stringContaining('must start with https://') },
    });
    const good = await h.slack.viewSubmission({
      userId: 'U0OWNER',
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        'endpoint:url': { value: 'https://shop.example.com/' },
        'endpoint:db': { value: 'db.example.com:5432' },
      },
    });
    expect(good.body).toBe('');
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain('URL: https://shop.example.com');
    const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
    expect(deployment.endpoints).toEqual({ url: 'https://shop.example.com', db: 'db.example.com:5432' });
  });
});
