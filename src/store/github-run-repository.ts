import type { GithubRunAddress } from '../domain/github-gate.ts';
import type { GithubRun } from '../generated/sqlite/index.js';
import type { Db } from './create-store.ts';
import { newId } from './ids.ts';
import { enqueueJob, type NewJob } from './job-repository.ts';
import { isUniqueViolation } from './unique-violation.ts';

export type { GithubRun };

/** The GitHub runs that wait for deployments (docs/github.md), and what each has been told. */
export class GithubRunRepository {
  constructor(private readonly db: Db) {}

  find(link: Pick<GithubRunAddress, 'repository' | 'runId' | 'environmentName'>): Promise<GithubRun | null> {
    const { repository, runId, environmentName } = link;
    return this.db.githubRun.findUnique({
      where: { repository_runId_environmentName: { repository, runId, environmentName } },
    });
  }

  /**
   * Makes a run wait for a deployment, with the jobs that tell it (one transaction); the deployment's revision is
   * bumped so every replica reloads it knowing a run waits. A run linked before (GitHub redelivered the webhook)
   * answers false and changes nothing.
   */
  async link(deploymentId: string, link: GithubRunAddress, now: Date, jobs: NewJob[]): Promise<boolean> {
    try {
      await this.db.$transaction(async (tx) => {
        await tx.githubRun.create({ data: { id: newId('ghr'), deploymentId, ...link, createdAt: now } });
        await tx.deployment.update({ where: { id: deploymentId }, data: { revision: { increment: 1 } } });
        for (const job of jobs) await enqueueJob(tx, job, now);
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * The run asks again after its answer (a job re-run keeps the run's id): it waits once more, for a fresh count of
   * GitHub's reports, and the jobs that tell it are queued. Returns whether it had been answered.
   */
  async reopen(id: string, now: Date, jobs: NewJob[]): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const reopened = await tx.githubRun.updateMany({
        where: { id, finalState: { not: null } },
        data: { finalState: null, finalAt: null, reportsSent: 0, lastReportHash: null },
      });
      if (reopened.count === 0) return false;
      for (const job of jobs) await enqueueJob(tx, job, now);
      return true;
    });
  }

  /** The runs of a deployment that have not had their answer yet, oldest first. */
  waiting(deploymentId: string): Promise<GithubRun[]> {
    return this.db.githubRun.findMany({
      where: { deploymentId, finalState: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** GitHub took a status report: counted against its limit, and remembered so the same one is not sent again. */
  async recordReport(id: string, hash: string): Promise<void> {
    await this.db.githubRun.update({ where: { id }, data: { reportsSent: { increment: 1 }, lastReportHash: hash } });
  }

  /** GitHub refused further reports (its limit): none is tried again for this run. */
  async recordReportsExhausted(id: string, limit: number): Promise<void> {
    await this.db.githubRun.update({ where: { id }, data: { reportsSent: limit } });
  }

  /** GitHub took the answer (or had one already): the run is never answered again. */
  async recordFinal(id: string, state: 'approved' | 'rejected', at: Date): Promise<void> {
    await this.db.githubRun.updateMany({ where: { id, finalState: null }, data: { finalState: state, finalAt: at } });
  }
}
