import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentStats } from '../../src/app/deployment-stats.ts';
import { applyEvent, type DeploymentEvent } from '../../src/domain/apply-event.ts';
import { renderStatsText } from '../../src/domain/render/render-stats.ts';
import type { DeploymentStats } from '../../src/domain/stats.ts';
import { newId } from '../../src/store/ids.ts';
import { createStore, databaseOf, type Store } from '../../src/store/store.ts';
import { loadTemplateFile } from '../../src/templates/load-templates.ts';
import { AUDITED_TEMPLATE } from '../support/audited-deployment.ts';
import { runCliOn } from '../support/run-cli.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

const TEAM = 'T0STATS';
const DAY = 24 * 60 * 60 * 1000;
// Today 00:00 UTC: the CLI counts from the real clock, a few hours later at most, so its 30-day window holds the
// same deployments (none is seeded within a day of a window's edge).
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY);
const minutes = (n: number) => n * 60_000;
/** 10:00 UTC, `days` days before NOW. */
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY + 10 * 60 * 60 * 1000).toISOString();
const at = (start: string, n: number) => new Date(new Date(start).getTime() + minutes(n));

/**
 * Deployments with known figures, made through the real store and the real state machine, each step at a chosen
 * time. In the last 30 days of TEAM: payments-api went live (60 min) and stayed stable; payments-api again went
 * live with an override (90 min) and was rolled back; search-api was cancelled; search-api is still planning.
 * Outside the figures: one before the window, one of another workspace.
 */
async function seed(store: Store): Promise<Record<string, string>> {
  const loaded = await loadTemplateFile(AUDITED_TEMPLATE);
  if (!loaded.ok) throw new Error('fixture template');
  const { template, hash } = loaded.loaded;
  const open = async (service: string, start: string, teamId = TEAM) => {
    const created = await store.deployments.create(
      {
        teamId,
        channelId: 'C0STATS',
        service,
        version: 'v1.0.0',
        environment: 'production',
        ownerId: 'UOWNER',
        templateName: template.name,
        templateHash: hash,
        template,
        endpoints: { url: 'https://example.com' },
        roles: { 'tech-lead': ['ULEAD'], security: ['USEC'] },
      },
      new Date(start),
      () => [],
    );
    if (!created) throw new Error('not created');
    const id = created.id;
    const step = async (when: Date, event: DeploymentEvent) => {
      const result = await store.deployments.apply(
        id,
        (d) => applyEvent(d, event, when),
        () => when,
      );
      if (!result.ok) throw new Error(`${event.type} refused: ${result.code} ${result.userMessage}`);
    };
    /** A probe run as the bot stores it: its rows, then its results applied to the items. */
    const probe = async (when: Date, kind: string, itemKey: string, outcome: 'pass' | 'fail' | 'inconclusive') => {
      const runId = newId('run');
      await databaseOf(store).probeRun.create({
        data: {
          id: newId('probe'),
          deploymentId: id,
          runId,
          itemKey,
          kind,
          target: 'https://example.com/health',
          outcome,
          conditionsJson: '[]',
          evidenceJson: '{}',
          summary: outcome,
          durationMs: 10,
          attempts: 1,
          trigger: 'test',
          at: when,
        },
      });
      await step(when, {
        type: 'probe-results',
        actor: 'UOWNER',
        runId,
        report: '',
        entries: [
          {
            itemKey,
            kind,
            target: 'https://example.com/health',
            outcome,
            summary: outcome,
            failing: outcome === 'fail' ? ['status 503'] : [],
            warnings: [],
            attempts: 1,
            durationMs: 10,
          },
        ],
      });
    };
    return { id, step, probe };
  };
  const sign = (actor: string, roleKey: string): DeploymentEvent => ({
    type: 'sign-off',
    actor,
    id: newId('sig'),
    roleKey,
    decision: 'approve',
  });

  // Before the window: counted nowhere.
  const before = await open('payments-api', daysAgo(40));
  await before.probe(at(daysAgo(40), 5), 'http', 'health-ok', 'fail');
  await before.step(at(daysAgo(40), 6), { type: 'cancel', actor: 'UOWNER', reason: '' });

  const s1 = daysAgo(21);
  const d1 = await open('payments-api', s1);
  await d1.step(at(s1, 5), { type: 'set-item', actor: 'UDEV', itemKey: 'tests-green', done: true });
  await d1.probe(at(s1, 10), 'http', 'health-ok', 'pass');
  await d1.step(at(s1, 20), sign('ULEAD', 'tech-lead'));
  await d1.step(at(s1, 40), sign('USEC', 'security'));
  await d1.step(at(s1, 60), { type: 'go-live', actor: 'UOWNER' });
  await d1.step(at(s1, 120), { type: 'check-in-sent', actor: 'scheduler', key: '1h', messageTs: null });
  await d1.step(at(s1, 150), { type: 'check-in-escalated', actor: 'scheduler', key: '1h' });
  await d1.step(at(s1, 160), { type: 'check-in-answer', actor: 'UOWNER', key: '1h', answer: 'stable' });
  await d1.step(at(s1, 170), { type: 'mark-stable', actor: 'UOWNER' });

  const s2 = daysAgo(16);
  const d2 = await open('payments-api', s2);
  await d2.probe(at(s2, 10), 'http', 'health-ok', 'fail');
  await d2.step(at(s2, 15), sign('ULEAD', 'tech-lead'));
  // Security is handed to someone else half an hour in: their wait starts then.
  await d2.step(at(s2, 30), { type: 'assign-roles', actor: 'UOWNER', assignments: { security: ['USEC2'] } });
  await d2.step(at(s2, 50), sign('USEC2', 'security'));
  await d2.step(at(s2, 90), { type: 'go-live', actor: 'UOWNER', override: 'CAB-7 approved by phone' });
  await d2.step(at(s2, 150), { type: 'check-in-sent', actor: 'scheduler', key: '1h', messageTs: null });
  await d2.step(at(s2, 155), {
    type: 'check-in-answer',
    actor: 'UOWNER',
    key: '1h',
    answer: 'major',
    note: 'error rate doubled',
  });
  await d2.step(at(s2, 156), { type: 'check-in-sent', actor: 'scheduler', key: '24h', messageTs: null });
  await d2.step(at(s2, 160), { type: 'start-rollback', actor: 'UOWNER', reason: 'errors doubled' });
  await d2.step(at(s2, 170), { type: 'complete-rollback', actor: 'UOWNER' });

  const s3 = daysAgo(11);
  const d3 = await open('search-api', s3);
  await d3.probe(at(s3, 5), 'dns', 'health-ok', 'fail');
  await d3.probe(at(s3, 6), 'dns', 'health-ok', 'inconclusive');
  await d3.step(at(s3, 10), { type: 'cancel', actor: 'UOWNER', reason: '' });

  const s4 = daysAgo(6);
  const d4 = await open('search-api', s4);
  await d4.probe(at(s4, 5), 'http', 'health-ok', 'fail');

  // Another workspace: only the CLI (every workspace) counts it.
  await open('payments-api', daysAgo(5), 'T0OTHER');
  return { d1: d1.id, d2: d2.id, d3: d3.id, d4: d4.id };
}

describe(`stats over a seeded database (${TEST_DATABASE})`, () => {
  let database: TestDatabase;
  let store: Store;
  let ids: Record<string, string>;
  let stats: DeploymentStats;

  beforeAll(async () => {
    database = await createFreshDatabase();
    store = await createStore(database.url);
    ids = await seed(store);
    stats = await deploymentStats(store, { teamId: TEAM, days: 30 }, NOW);
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('counts the deployments started in the window by outcome, and the rollback rate among those that went live', () => {
    expect(stats.period).toEqual({ days: 30, from: new Date(NOW.getTime() - 30 * DAY), to: NOW });
    expect(stats.deployments).toEqual({ total: 4, open: 1, stable: 1, rolledBack: 1, cancelled: 1, wentLive: 2 });
    expect(stats.rollback).toEqual({ rolledBack: 1, wentLive: 2, rate: 0.5 });
  });

  it('gives start to go-live as p50/p90 (nearest rank)', () => {
    expect(stats.timeToGoLive).toEqual({ count: 2, p50Ms: minutes(60), p90Ms: minutes(90) });
  });

  it('measures sign-off latency per role from the start, or from the assignment that asked the signer', () => {
    expect(stats.signOffLatency).toEqual([
      // 40 min after the start; 20 min after USEC2 was assigned at +30.
      { roleKey: 'security', count: 2, p50Ms: minutes(20), p90Ms: minutes(40) },
      { roleKey: 'tech-lead', count: 2, p50Ms: minutes(15), p90Ms: minutes(20) },
    ]);
  });

  it('lists the items that blocked go-live: flagged by a failing probe before it, or open at an override', () => {
    // health-ok: flagged on the overridden one and on the open one (and open at the override: counted once there);
    // tests-green: open at the override; search-api's cancelled one was flagged too.
    expect(stats.blockingItems).toEqual([
      { itemKey: 'health-ok', deployments: 3 },
      { itemKey: 'tests-green', deployments: 1 },
    ]);
  });

  it('gives the probe failure rate by kind', () => {
    expect(stats.probes).toEqual([
      { kind: 'http', runs: 3, failed: 2, inconclusive: 0, failureRate: 2 / 3 },
      { kind: 'dns', runs: 2, failed: 1, inconclusive: 1, failureRate: 0.5 },
    ]);
  });

  it('counts check-in answers, unanswered and escalated check-ins, and the overrides with their reasons', () => {
    expect(stats.checkIns).toEqual({
      sent: 3,
      answers: { stable: 1, minor: 0, major: 1, rollback: 0, skipped: 0 },
      unanswered: 1,
      escalated: 1,
    });
    expect(stats.overrides).toEqual({
      count: 1,
      recent: [
        {
          deploymentId: ids.d2,
          service: 'payments-api',
          version: 'v1.0.0',
          environment: 'production',
          goLiveAt: at(daysAgo(16), 90),
          goLiveBy: 'UOWNER',
          reason: 'CAB-7 approved by phone',
        },
      ],
    });
  });

  it('narrows to one service and to a shorter window', async () => {
    const payments = await deploymentStats(store, { teamId: TEAM, service: 'payments-api', days: 30 }, NOW);
    expect(payments.deployments).toEqual({ total: 2, open: 0, stable: 1, rolledBack: 1, cancelled: 0, wentLive: 2 });
    expect(payments.blockingItems).toEqual([
      { itemKey: 'health-ok', deployments: 1 },
      { itemKey: 'tests-green', deployments: 1 },
    ]);
    expect(payments.probes).toEqual([{ kind: 'http', runs: 2, failed: 1, inconclusive: 0, failureRate: 0.5 }]);
    // 16 days: the overridden one onwards.
    const lastFortnight = await deploymentStats(store, { teamId: TEAM, days: 16 }, NOW);
    expect(lastFortnight.deployments.total).toBe(3);
    expect(lastFortnight.timeToGoLive).toEqual({ count: 1, p50Ms: minutes(90), p90Ms: minutes(90) });
    const none = await deploymentStats(store, { teamId: TEAM, service: 'nothing-here', days: 30 }, NOW);
    expect(none.deployments.total).toBe(0);
    expect(renderStatsText(none)).toContain('No deployment of nothing-here started in the last 30 day(s).');
  });

  it('deploy-checklist stats reads DATABASE_URL: every workspace, as text or JSON, and refuses a bad --days', async () => {
    const text = await runCliOn(database.url, process.cwd(), 'stats');
    expect(text.code).toBe(0);
    // Every workspace: the other one's open deployment too.
    expect(text.stdout).toContain('All services: the last 30 days');
    expect(text.stdout).toContain('5 started: 1 stable, 1 rolled back, 1 cancelled, 2 open');
    expect(text.stdout).toContain('http: 66.7% (2 of 3 failed)');
    expect(text.stdout).toContain('security: p50 20m, p90 40m (2)');
    const year = await runCliOn(database.url, process.cwd(), 'stats', '--days', '365');
    expect(year.stdout).toContain('6 started: 1 stable, 1 rolled back, 2 cancelled, 2 open');
    const json = await runCliOn(database.url, process.cwd(), 'stats', 'payments-api', '--format', 'json');
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({
      format: 'deploy-checklist-stats/1',
      service: 'payments-api',
      period: { days: 30 },
      deployments: { total: 3, stable: 1, rolledBack: 1, open: 1, wentLive: 2 },
      timeToGoLive: { count: 2, p50Ms: minutes(60), p90Ms: minutes(90) },
      overrides: { count: 1, recent: [{ deploymentId: ids.d2, goLiveAt: at(daysAgo(16), 90).toISOString() }] },
    });
    const bad = await runCliOn(database.url, process.cwd(), 'stats', '--days', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--days takes a whole number of days from 1 to 365, not "0"');
  });
});
