import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, databaseOf, type Store } from '../../src/store/store.ts';
import { bareDeploymentRow } from '../support/deployment-row.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

// The card's last probe run and failed jobs are read with plain SQL (every render of the card runs them). A raw
// read's rows are typed by the driver, not the schema, and its WHERE, ORDER BY and LIMIT are written by hand: the card
// must see what the ORM's queries returned, the same rows in the same order, dates as Dates and counts as numbers.

const T0 = new Date('2026-11-30T12:34:56.789Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

async function insertDeployment(store: Store, id: string): Promise<void> {
  await databaseOf(store).deployment.create({
    data: bareDeploymentRow(id, { channelId: 'C0CARD', service: `svc-${id}`, at: T0 }),
  });
}

function probeRow(id: string, deploymentId: string, runId: string, outcome: string, when: Date, trigger = 'manual') {
  return {
    id,
    deploymentId,
    runId,
    itemKey: `item-${id}`,
    kind: 'http',
    target: 'https://example.test/health',
    outcome,
    conditionsJson: '[]',
    evidenceJson: '{}',
    summary: outcome,
    durationMs: 12,
    attempts: 1,
    trigger,
    at: when,
  };
}

describe(`the card's plain-SQL reads (${TEST_DATABASE})`, () => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createFreshDatabase();
    store = await createStore(database.url);
    for (const id of ['dep_a', 'dep_b', 'dep_c']) await insertDeployment(store, id);
    await databaseOf(store).probeRun.createMany({
      data: [
        probeRow('probe_1', 'dep_a', 'run_old', 'pass', at(0), 'go-live'),
        probeRow('probe_2', 'dep_a', 'run_old', 'pass', at(0), 'go-live'),
        // Two runs recorded in the same millisecond: the one with the greater id is the last.
        probeRow('probe_3', 'dep_a', 'run_new', 'fail', at(61_001), 'check-in:1h'),
        probeRow('probe_5', 'dep_a', 'run_new', 'pass', at(61_001), 'check-in:1h'),
        probeRow('probe_6', 'dep_a', 'run_new', 'inconclusive', at(61_001), 'check-in:1h'),
        probeRow('probe_4', 'dep_a', 'run_tie', 'pass', at(61_001), 'manual'),
        probeRow('probe_9', 'dep_b', 'run_b', 'pass', at(500_000)),
      ],
    });
    const job = (
      id: string,
      deploymentId: string,
      failedAt: Date | null,
      attempts: number,
      lastError: string | null,
    ) => ({
      id,
      deploymentId,
      kind: `kind-${id}`,
      dueAt: at(0),
      attempts,
      failedAt,
      lastError,
      createdAt: at(0),
    });
    await databaseOf(store).job.createMany({
      data: [
        job('job_1', 'dep_a', at(1_000), 5, 'channel_not_found'),
        job('job_2', 'dep_a', at(3_000), 6, null),
        job('job_3', 'dep_a', null, 2, 'still trying'),
        job('job_4', 'dep_a', at(2_000), 7, 'ratelimited'),
        job('job_5', 'dep_a', at(4_000), 8, 'invalid_auth'),
        job('job_6', 'dep_b', at(9_000), 5, 'other deployment'),
      ],
    });
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("reads the last probe run as the ORM does: its time as a Date, and only that run's outcomes", async () => {
    const db = databaseOf(store);
    const orm = await db.probeRun.findFirst({
      where: { deploymentId: 'dep_a' },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
    });
    const ormRuns = await db.probeRun.findMany({ where: { runId: orm!.runId } });

    const read = await store.probeRuns.lastProbeRun('dep_a');

    expect(read?.last).toEqual({ runId: orm!.runId, at: orm!.at, trigger: orm!.trigger });
    expect(read?.last).toEqual({ runId: 'run_new', at: at(61_001), trigger: 'check-in:1h' });
    expect(read?.last.at).toBeInstanceOf(Date);
    const outcomes = (rows: Array<{ outcome: string }>) => rows.map((row) => row.outcome).sort();
    expect(outcomes(read!.results)).toEqual(outcomes(ormRuns));
    expect(outcomes(read!.results)).toEqual(['fail', 'inconclusive', 'pass']);
  });

  it('has no last probe run for a deployment never probed', async () => {
    expect(await store.probeRuns.lastProbeRun('dep_c')).toBeUndefined();
  });

  it('reads the failed jobs as the ORM does: latest first, at most the limit, dates as Dates, attempts as numbers', async () => {
    const orm = await databaseOf(store).job.findMany({
      where: { deploymentId: 'dep_a', failedAt: { not: null } },
      orderBy: { failedAt: 'desc' },
      take: 3,
      select: { id: true, kind: true, attempts: true, lastError: true, failedAt: true },
    });

    const read = await store.jobs.failed('dep_a', 3);

    expect(read).toEqual(orm);
    expect(read.map((job) => job.id)).toEqual(['job_5', 'job_2', 'job_4']);
    expect(read[0]).toEqual({
      id: 'job_5',
      kind: 'kind-job_5',
      attempts: 8,
      lastError: 'invalid_auth',
      failedAt: at(4_000),
    });
    for (const job of read) {
      expect(job.failedAt).toBeInstanceOf(Date);
      expect(typeof job.attempts).toBe('number');
    }
    expect(await store.jobs.failed('dep_c', 3)).toEqual([]);
  });
});
