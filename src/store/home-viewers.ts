import type { Db } from './create-store.ts';

export type HomeViewerRow = { teamId: string; userId: string; viewHash: string | null };

/**
 * Who has opened the Home tab (only their Home is republished when something they hold changes) and the hash of
 * the view Slack last accepted for them (views.publish `hash`).
 */
export class HomeViewerRepository {
  constructor(private readonly db: Db) {}

  async recordOpened(teamId: string, userId: string, now: Date): Promise<HomeViewerRow> {
    const row = await this.db.homeViewer.upsert({
      where: { teamId_userId: { teamId, userId } },
      create: { teamId, userId, openedAt: now },
      update: { openedAt: now },
    });
    return { teamId: row.teamId, userId: row.userId, viewHash: row.viewHash };
  }

  async find(teamId: string, userId: string): Promise<HomeViewerRow | undefined> {
    const row = await this.db.homeViewer.findUnique({ where: { teamId_userId: { teamId, userId } } });
    return row ? { teamId: row.teamId, userId: row.userId, viewHash: row.viewHash } : undefined;
  }

  async recordPublished(teamId: string, userId: string, viewHash: string, now: Date): Promise<void> {
    await this.db.homeViewer.updateMany({ where: { teamId, userId }, data: { viewHash, publishedAt: now } });
  }

  /** Everyone who has opened the Home, as `teamId:userId`. */
  async list(): Promise<Set<string>> {
    const rows = await this.db.homeViewer.findMany({ select: { teamId: true, userId: true } });
    return new Set(rows.map((row) => `${row.teamId}:${row.userId}`));
  }
}
