import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentReport, verifyAuditLog } from '../../src/app/deployment-records.ts';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { clickCard } from '../support/sign-off-steps.ts';

const OWNER = 'U0OWNER';
const OPS = 'U0OPS';
const MINUTE = 60_000;

/**
 * The running bot, not a seeded store: every path that writes audit rows (a slash command, clicks, the check-in
 * and rollback-reminder jobs of the outbox) keeps each deployment's chain whole, and the report of the deployment
 * ends with the head the database records.
 */
describe('the audit chain of a deployment run through Slack', () => {
  let h: Harness;
  let service: Server;

  beforeAll(async () => {
    service = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    h = await startHarness({ env: { PROBE_ALLOW_PRIVATE: 'true' } });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => service.close(resolve));
  });

  it('stays intact through go-live, check-ins and rollback reminders, and the report ends with its head', async () => {
    const url = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    await h.slack.command({
      text: `start web v9 production --template check-in-service --url ${url} --role operations=<@${OPS}>`,
      userId: OWNER,
      channelId: CHANNEL,
    });
    await h.drain();
    await clickCard(h, 'go-live', OWNER);
    await h.drain();
    const deployment = (await databaseOf(h.bot.store).deployment.findFirst())!;
    for (const minutes of [30, 60, 90, 100]) {
      h.clock.set(new Date(deployment.goLiveAt!.getTime() + minutes * MINUTE));
      await h.drain();
    }
    const actions = (await databaseOf(h.bot.store).auditEvent.findMany({ orderBy: { id: 'asc' } })).map(
      (row) => row.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['deployment-started', 'went-live', 'rollback-reminder-sent']));
    expect(actions.filter((action) => action === 'rollback-reminder-sent').length).toBeGreaterThanOrEqual(2);

    const [check] = (await verifyAuditLog(h.bot.store))!;
    expect(check).toMatchObject({
      deploymentId: deployment.id,
      verdict: { ok: true, count: actions.length },
    });
    const head = (await databaseOf(h.bot.store).deployment.findUniqueOrThrow({ where: { id: deployment.id } }))
      .auditHeadHash;
    const report = (await deploymentReport(h.bot.store, deployment.id))!;
    expect(report.auditChain).toEqual({ headHash: head, rows: actions.length, intact: true, problem: null });
    expect(report.rollback.events.filter((e) => e.action === 'rollback-reminder-sent').length).toBeGreaterThanOrEqual(
      2,
    );
  });
});
