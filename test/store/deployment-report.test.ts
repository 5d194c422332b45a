import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeploymentReport } from '../../src/domain/report/build-deployment-report.ts';
import { createStore, databaseOf, type Store } from '../../src/store/store.ts';
import {
  type AuditedDeployment,
  PEOPLE,
  seedAuditedDeployment,
  startHealthServer,
} from '../support/audited-deployment.ts';
import { runCliOn } from '../support/run-cli.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

const OVERRIDE = 'Staging health flaps | prod canary is healthy; CAB-42 approved <b>by phone</b>';
const SECURITY_NOTE = 'WAF rules checked: all "green" <script>alert(1)</script>';

const cli = (database: TestDatabase, cwd: string, ...argv: string[]) => runCliOn(database.url, cwd, ...argv);

describe(`the report of one deployment (${TEST_DATABASE})`, () => {
  let database: TestDatabase;
  let store: Store;
  let seeded: AuditedDeployment;
  let dir: string;
  let health: Awaited<ReturnType<typeof startHealthServer>>;

  beforeAll(async () => {
    database = await createFreshDatabase();
    store = await createStore(database.url);
    health = await startHealthServer();
    dir = await mkdtemp(path.join(tmpdir(), 'dc-report-'));
    seeded = await seedAuditedDeployment(store, {
      service: 'payments-api',
      start: new Date('2026-02-10T09:00:00.000Z'),
      health,
      overrideReason: OVERRIDE,
      securityNote: SECURITY_NOTE,
    });
  });
  afterAll(async () => {
    await store?.close();
    await health?.close();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('as JSON holds every part an auditor asks for, and its hash is the hash of the file', async () => {
    const out = path.join(dir, 'report.json');
    const result = await cli(database, dir, 'report', seeded.id, '--format', 'json', '--out', 'report.json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote report.json (deployment ${seeded.id}, json)\n`);
    const text = await readFile(out, 'utf8');
    const report = JSON.parse(text) as DeploymentReport;
    const { times } = seeded;

    expect(report).toMatchObject({
      id: seeded.id,
      service: 'payments-api',
      version: 'v2.4.1',
      environment: 'production',
      owner: PEOPLE.owner,
      status: 'rolled-back',
      outcome: 'rolled back',
      template: { name: 'audited-service', title: 'Audited service' },
    });
    expect(report.template.hash).toMatch(/^[0-9a-f]{16,64}$/);
    expect(report.timeline.started).toBe(times.started!.toISOString());
    expect(report.timeline.closed).toBe(times.rolledBack!.toISOString());
    expect(report.timeline.goLive).toMatchObject({
      at: times.wentLive!.toISOString(),
      by: PEOPLE.owner,
      override: OVERRIDE,
      probes: { pass: 0, fail: 1, inconclusive: 0, at: times.probeFailed!.toISOString() },
    });
    expect(report.timeline.goLive?.openAtGoLive.join('\n')).toMatch(/Security/);

    // Items with who and when, and the failing probe's evidence with its conditions.
    const pre = report.phases.find((p) => p.key === 'pre')!;
    expect(pre.items.find((i) => i.key === 'tests-green')).toMatchObject({
      state: 'done',
      by: PEOPLE.dev,
      at: times.testsTicked!.toISOString(),
    });
    const healthItem = pre.items.find((i) => i.key === 'health-ok')!;
    // The probe's target as the deployment's endpoint made it, not the template's `${url}/health`.
    expect(healthItem).toMatchObject({
      state: 'flagged',
      probe: { kind: 'http', target: expect.stringMatching(/^https?:\/\/[^$]+\/health$/), missing: [] },
    });
    expect(healthItem.evidence?.outcome).toBe('fail');
    expect(healthItem.evidence?.conditions.some((c) => !c.ok && c.observed.includes('503'))).toBe(true);

    // Every probe run: the pass, then the fail.
    expect(report.probeRuns.map((run) => [run.at, run.probes.map((p) => p.outcome)])).toEqual([
      [times.probePassed!.toISOString(), ['pass']],
      [times.probeFailed!.toISOString(), ['fail']],
    ]);

    // Sign-offs with their staleness history: security's approval went stale when the probe failed.
    const security = report.roles.find((r) => r.key === 'security')!;
    expect(security).toMatchObject({ required: true, assignees: [PEOPLE.security], status: 'stale' });
    expect(security.signOffs).toEqual([
      expect.objectContaining({
        by: PEOPLE.security,
        decision: 'approve',
        at: times.securityApproved!.toISOString(),
        note: SECURITY_NOTE,
        beforeGoLive: true,
        countedAtGoLive: false,
        stale: { at: times.probeFailed!.toISOString(), reason: expect.stringMatching(/probe|health/i) },
      }),
    ]);
    const lead = report.roles.find((r) => r.key === 'tech-lead')!;
    expect(lead.signOffs).toEqual([
      expect.objectContaining({ by: PEOPLE.lead, beforeGoLive: true, countedAtGoLive: true, stale: null }),
    ]);
    expect(report.separationOfDuties).toMatchObject({ respected: true, findings: [] });

    expect(report.checkIns.find((c) => c.key === '1h')).toMatchObject({
      sentAt: times.checkInSent!.toISOString(),
      answeredAt: times.checkInAnswered!.toISOString(),
      answeredBy: PEOPLE.owner,
      answer: 'major',
      note: 'p99 latency up 40% | error rate 2x',
    });
    expect(report.checkIns.find((c) => c.key === '24h')).toMatchObject({ sentAt: null, answer: null });

    expect(report.rollback.reason).toBe('Error rate doubled after the 1h check-in');
    expect(report.rollback.events.map((e) => [e.action, e.at])).toEqual([
      ['rollback-started', times.rollbackStarted!.toISOString()],
      ['rollback-completed', times.rolledBack!.toISOString()],
    ]);

    // The full audit log, as stored, and the chain's head as the deployment records it.
    const rows = await databaseOf(store).auditEvent.findMany({
      where: { deploymentId: seeded.id },
      orderBy: { id: 'asc' },
    });
    expect(report.audit.map((r) => [r.id, r.action, r.hash])).toEqual(rows.map((r) => [r.id, r.action, r.hash]));
    expect(report.audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['deployment-started', 'sign-off-stale', 'went-live-with-override', 'check-in-answered']),
    );
    const head = await databaseOf(store).deployment.findUniqueOrThrow({ where: { id: seeded.id } });
    expect(report.auditChain).toEqual({ headHash: head.auditHeadHash, rows: rows.length, intact: true, problem: null });
    expect(head.auditHeadHash).toBe(rows.at(-1)!.hash);

    // The export's report hash is the file's own SHA-256, so the two can be tied together by anyone.
    const exported = await cli(
      database,
      dir,
      'export',
      '--from',
      '2026-02-10',
      '--to',
      '2026-02-10',
      '--format',
      'json',
    );
    const population = JSON.parse(exported.stdout) as { deployments: Array<{ reportHash: string }> };
    expect(population.deployments[0]?.reportHash).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('as Markdown has the parts in the order an auditor reads them, with typed text shown literally', async () => {
    const result = await cli(database, dir, 'report', seeded.id);
    expect(result.code).toBe(0);
    const md = result.stdout;
    const order = [
      '# Deployment report: payments-api v2.4.1 → production',
      '| Owner | UOWNER1 |',
      '| Template hash |',
      '\n## Timeline\n',
      '**Override:**',
      '\n## Checklist\n',
      '\n### Pre-deployment (pre)\n',
      '\n## Probe runs\n',
      '\n## Roles and sign-offs\n',
      '\n## Separation of duties\n',
      '\n## Check-ins\n',
      '\n## Rollback\n',
      '\n## Audit log\n',
      '\n## Audit chain\n',
      '**Head hash:**',
    ];
    const positions = order.map((text) => md.indexOf(text));
    expect(
      positions.every((p) => p >= 0),
      `missing: ${order.filter((_, i) => positions[i]! < 0).join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A pipe, angle brackets or quotes typed by a person cannot break the table or become HTML.
    expect(md).toContain('Staging health flaps \\| prod canary is healthy; CAB-42 approved \\<b\\>by phone\\</b\\>');
    expect(md).toContain('WAF rules checked: all "green" \\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).not.toContain('<script>');
    expect(md).toMatch(
      /\| Security \| USEC1 \| approve \| 2026-02-10T09:20:00.000Z \| yes \| no \| 2026-02-10T09:25:00.000Z: /,
    );
    expect(md).toContain('**Verified:** intact');
  });

  it('as HTML is one self-contained page that prints cleanly, with a timeline chart', async () => {
    const result = await cli(database, dir, 'report', seeded.id, '--format', 'html');
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Nothing loaded from elsewhere: no scripts, links, images, imports or URLs in attributes.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\b(src|href)=/i);
    expect(html).toContain('@media print');
    expect(html).toMatch(/<svg class="timeline"[^>]*>/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    for (const label of ['started', 'Technical Lead ✓', 'Security ✓', 'Security stale', 'go-live (override)']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain('One hour after go-live: major');
    expect(html).toContain('WAF rules checked: all &quot;green&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<p class="override"><strong>Override:</strong>');
    expect(html).toContain('<span class="ok">intact</span>');
  });

  it('refuses an unknown deployment, a missing database and a wrong format with what is wrong', async () => {
    expect(await cli(database, dir, 'report', 'dep_nope')).toMatchObject({
      code: 1,
      stderr: 'deploy-checklist report: no deployment dep_nope\n',
    });
    const wrong = await cli(database, dir, 'report', seeded.id, '--format', 'pdf');
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.stderr).toContain('--format "pdf": write md, html, json');
    if (TEST_DATABASE === 'sqlite') {
      const missing = await cli({ ...database, url: 'file:./nowhere/bot.db' }, dir, 'report', seeded.id);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`no database at ${path.join(dir, 'nowhere', 'bot.db')}`);
    }
  });
});
