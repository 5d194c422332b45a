import type { ProbeRun } from '../generated/sqlite/index.js';
import type { Db } from './create-store.ts';
import { newId } from './ids.ts';

export type { ProbeRun };

/** One probe result to store as evidence (its id is given here). */
export type NewProbeRun = Omit<ProbeRun, 'id'>;

/** The newest probe run of a deployment as its card shows it: when, why, and each result's outcome. */
export type LastProbeRun = {
  last: Pick<ProbeRun, 'runId' | 'at' | 'trigger'>;
  results: Array<Pick<ProbeRun, 'outcome'>>;
};

/** Probe results (ProbeRun rows): the evidence of every run, grouped by run id. */
export class ProbeRunRepository {
  constructor(private readonly db: Db) {}

  async record(rows: readonly NewProbeRun[]): Promise<void> {
    await this.db.probeRun.createMany({ data: rows.map((row) => ({ id: newId('probe'), ...row })) });
  }

  /**
   * The deployment's newest run and its results' outcomes, or undefined before its first run. Read on every render
   * of the card, so plain SQL (Prisma's compilation of a query costs several times the statement); the same text on
   * SQLite and PostgreSQL. A raw read's types follow the driver, not the schema (on SQLite a date computed in SQL
   * comes back as text), so the time is made a Date as the ORM returns it whatever the driver hands back.
   */
  async lastProbeRun(deploymentId: string): Promise<LastProbeRun | undefined> {
    const newest = await this.db.$queryRaw<Array<{ runId: string; at: Date | string; trigger: string }>>`
      SELECT "runId", "at", "trigger" FROM "ProbeRun" WHERE "deploymentId" = ${deploymentId}
      ORDER BY "at" DESC, "id" DESC LIMIT 1`;
    const row = newest[0];
    if (!row) return undefined;
    const results = await this.db.$queryRaw<Array<{ outcome: string }>>`
      SELECT "outcome" FROM "ProbeRun" WHERE "runId" = ${row.runId}`;
    return {
      last: { runId: row.runId, at: new Date(row.at), trigger: row.trigger },
      results: results.map((result) => ({ outcome: result.outcome })),
    };
  }

  /** The id of the deployment's newest run (by time only), or undefined before its first run. */
  async newestRunId(deploymentId: string): Promise<string | undefined> {
    const newest = await this.db.probeRun.findFirst({ where: { deploymentId }, orderBy: { at: 'desc' } });
    return newest?.runId;
  }

  /** One run's results of a deployment, oldest first (empty when it has no run of that id). */
  async run(deploymentId: string, runId: string): Promise<ProbeRun[]> {
    return this.db.probeRun.findMany({ where: { deploymentId, runId }, orderBy: { at: 'asc' } });
  }

  /** The results of the deployment's newest run made for `trigger` (the go-live baseline), or undefined. */
  async lastRunFor(deploymentId: string, trigger: string): Promise<ProbeRun[] | undefined> {
    const last = await this.db.probeRun.findFirst({ where: { deploymentId, trigger }, orderBy: { at: 'desc' } });
    if (!last) return undefined;
    return this.db.probeRun.findMany({ where: { runId: last.runId } });
  }
}
