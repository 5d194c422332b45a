import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/domain/apply-event.ts';
import { POPULATION_COLUMNS, type PopulationRow } from '../../src/domain/report/population.ts';
import { createStore, type Store } from '../../src/store/store.ts';
import { loadTemplateFile } from '../../src/templates/load-templates.ts';
import { AUDITED_TEMPLATE, PEOPLE, seedAuditedDeployment, startHealthServer } from '../support/audited-deployment.ts';
import { runCliOn } from '../support/run-cli.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

/** RFC 4180, read independently of the writer: quoted fields, doubled quotes, line breaks inside quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      if (c === '"' || c === '\n' || c === '\r') throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
      field += c;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}

// Text people type, as an auditor's spreadsheet must show it: commas, quotes, a line break, and a formula.
const TYPED = 'Canary "healthy", staging flaps;\nCAB-42 approved by phone';
const FORMULA = '=HYPERLINK("https://evil.example","CAB approved")';

describe(`the population export (${TEST_DATABASE})`, () => {
  let database: TestDatabase;
  let store: Store;
  let dir: string;
  let health: Awaited<ReturnType<typeof startHealthServer>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createFreshDatabase();
    store = await createStore(database.url);
    health = await startHealthServer();
    dir = await mkdtemp(path.join(tmpdir(), 'dc-export-'));
    // Before the period, on its first instant, inside it (cancelled before go-live), on its last instant, after it.
    ids.before = (
      await seedAuditedDeployment(store, {
        service: 'svc-before',
        start: new Date('2025-12-31T23:59:59.999Z'),
        health,
        overrideReason: 'Canary healthy; staging flaps (CAB-41)',
      })
    ).id;
    ids.first = (
      await seedAuditedDeployment(store, {
        service: 'payments-api',
        start: new Date('2026-01-01T00:00:00.000Z'),
        health,
        overrideReason: TYPED,
      })
    ).id;
    const loaded = await loadTemplateFile(AUDITED_TEMPLATE);
    if (!loaded.ok) throw new Error('fixture');
    const cancelledAt = new Date('2026-02-01T12:00:00.000Z');
    const cancelled = await store.deployments.create(
      {
        teamId: 'T0AUDIT',
        channelId: 'C0DEPLOYS',
        service: 'search, "beta"',
        version: 'v0.9.0',
        environment: 'staging',
        ownerId: PEOPLE.owner,
        templateName: loaded.loaded.template.name,
        templateHash: loaded.loaded.hash,
        template: loaded.loaded.template,
        endpoints: {},
        roles: { 'tech-lead': [PEOPLE.owner], security: [PEOPLE.security] },
      },
      cancelledAt,
      () => [],
    );
    ids.cancelled = cancelled!.id;
    for (const event of [
      { type: 'sign-off', actor: PEOPLE.security, id: 'sig_x', roleKey: 'security', decision: 'approve' } as const,
      { type: 'cancel', actor: PEOPLE.owner, reason: 'Superseded by v0.9.1' } as const,
    ]) {
      const at = new Date(cancelledAt.getTime() + 60_000);
      const result = await store.deployments.apply(
        ids.cancelled,
        (d) => applyEvent(d, event, at),
        () => at,
      );
      if (!result.ok) throw new Error(result.userMessage);
    }
    ids.last = (
      await seedAuditedDeployment(store, {
        service: 'ledger',
        start: new Date('2026-03-31T23:59:59.999Z'),
        health,
        overrideReason: FORMULA,
      })
    ).id;
    ids.after = (
      await seedAuditedDeployment(store, {
        service: 'svc-after',
        start: new Date('2026-04-01T00:00:00.000Z'),
        health,
        overrideReason: 'Canary healthy; staging flaps (CAB-43)',
      })
    ).id;
  });
  afterAll(async () => {
    await store?.close();
    await health?.close();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists, as CSV, every deployment started in the period and no other, with what people typed intact', async () => {
    const result = await runCliOn(
      database.url,
      dir,
      'export',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--out',
      'q1.csv',
    );
    expect(result).toMatchObject({ code: 0, stdout: 'wrote q1.csv (3 deployment(s), csv)\n', stderr: '' });
    const text = await readFile(path.join(dir, 'q1.csv'), 'utf8');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...POPULATION_COLUMNS]);
    expect(rows.every((row) => row.length === POPULATION_COLUMNS.length)).toBe(true);
    const col = (row: string[], name: (typeof POPULATION_COLUMNS)[number]) => row[POPULATION_COLUMNS.indexOf(name)];
    expect(rows.map((row) => col(row, 'id'))).toEqual([ids.first, ids.cancelled, ids.last]);

    const [first, cancelled, last] = rows as [string[], string[], string[]];
    expect(col(first, 'service')).toBe('payments-api');
    expect(col(first, 'started')).toBe('2026-01-01T00:00:00.000Z');
    expect(col(first, 'went_live')).toBe('2026-01-01T00:35:00.000Z');
    expect(col(first, 'went_live_by')).toBe(PEOPLE.owner);
    expect(col(first, 'approvals')).toBe(`tech-lead: ${PEOPLE.lead} at 2026-01-01T00:15:00.000Z`);
    // Security's approval went stale before go-live: not every required role was approved when it went live.
    expect(col(first, 'approved_before_go_live')).toBe('no');
    expect(col(first, 'override')).toBe('yes');
    expect(col(first, 'override_reason')).toBe(TYPED);
    expect(col(first, 'separation_of_duties_respected')).toBe('yes');
    expect(col(first, 'probes_at_go_live')).toBe('0 pass, 1 fail, 0 inconclusive');
    expect(col(first, 'outcome')).toBe('rolled back');
    expect(col(first, 'audit_chain_intact')).toBe('yes');
    expect(col(first, 'report_hash')).toMatch(/^[0-9a-f]{64}$/);

    // Cancelled before go-live: the approvals it had when it closed, no go-live, no override.
    expect(col(cancelled, 'service')).toBe('search, "beta"');
    expect(col(cancelled, 'approvals')).toBe(`security: ${PEOPLE.security} at 2026-02-01T12:01:00.000Z`);
    expect(col(cancelled, 'went_live')).toBe('');
    expect(col(cancelled, 'approved_before_go_live')).toBe('');
    expect(col(cancelled, 'override')).toBe('no');
    expect(col(cancelled, 'outcome')).toBe('cancelled');
    expect(col(cancelled, 'closed')).toBe('2026-02-01T12:01:00.000Z');

    // A reason that starts like a formula is shown as text by a spreadsheet.
    expect(col(last, 'override_reason')).toBe(`'${FORMULA}`);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""CAB approved"")"`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('gives the same rows as JSON, and the same bytes when run again', async () => {
    const args = ['export', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'json'];
    const once = await runCliOn(database.url, dir, ...args);
    const twice = await runCliOn(database.url, dir, ...args);
    expect(once.code).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
    const json = JSON.parse(once.stdout) as {
      format: string;
      period: { from: string; to: string };
      count: number;
      deployments: PopulationRow[];
    };
    expect(json).toMatchObject({
      format: 'deploy-checklist-population/1',
      period: { from: '2026-01-01', to: '2026-03-31' },
      count: 3,
    });
    expect(json.deployments.map((row) => row.id)).toEqual([ids.first, ids.cancelled, ids.last]);
    expect(json.deployments[0]).toMatchObject({
      overrideReason: TYPED,
      approvals: [{ role: 'tech-lead', required: true, by: PEOPLE.lead, beforeGoLive: true }],
      approvedBeforeGoLive: false,
      outcome: 'rolled back',
    });
    // JSON keeps the text as typed: the formula guard is the CSV's alone.
    expect(json.deployments[2]?.overrideReason).toBe(FORMULA);
    const csv = await runCliOn(database.url, dir, 'export', '--from', '2026-01-01', '--to', '2026-03-31');
    const hashes = parseCsv(csv.stdout)
      .slice(1)
      .map((row) => row[POPULATION_COLUMNS.indexOf('report_hash')]);
    expect(json.deployments.map((row) => row.reportHash)).toEqual(hashes);
  });

  it.each([
    [['--from', '2026-01-01'], '--to is required (a date such as 2026-01-01)'],
    [['--from', '2026-02-30', '--to', '2026-03-31'], '--from "2026-02-30" is not a date: write YYYY-MM-DD'],
    [['--from', '2026-03-31', '--to', '2026-01-01'], '--to 2026-01-01 is before --from 2026-03-31'],
    [['--from', '2026-01-01', '--to', '2026-03-31', '--format', 'xlsx'], '--format "xlsx": write csv, json'],
    [['--from', '2026-01-01', '--to', '2026-03-31', '--since', 'x'], 'unknown option "--since"'],
  ])('refuses %j with a usage error that says what is wrong', async (args, message) => {
    const result = await runCliOn(database.url, dir, 'export', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
