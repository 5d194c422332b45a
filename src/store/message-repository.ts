import type { SlackMessage } from '../generated/sqlite/index.js';
import type { Db } from './create-store.ts';
import { newId } from './ids.ts';

/** Which Slack message shows which part of a deployment, and the hash of what it last showed. */
export class MessageRepository {
  constructor(private readonly db: Db) {}

  async parts(deploymentId: string): Promise<SlackMessage[]> {
    const rows = await this.db.$queryRaw<SlackMessage[]>`
      SELECT "id", "deploymentId", "part", "channelId", "ts", "position", "renderHash"
      FROM "SlackMessage" WHERE "deploymentId" = ${deploymentId} ORDER BY "position"`;
    return rows.map((row) => ({ ...row, position: Number(row.position) }));
  }

  // find and recordRendered run on every re-render: plain SQL (no dates, same text on SQLite and PostgreSQL)
  // skips Prisma's per-query compilation, which costs several times the query itself here.
  async find(deploymentId: string, part: string): Promise<SlackMessage | null> {
    const rows = await this.db.$queryRaw<SlackMessage[]>`
      SELECT "id", "deploymentId", "part", "channelId", "ts", "position", "renderHash"
      FROM "SlackMessage" WHERE "deploymentId" = ${deploymentId} AND "part" = ${part}`;
    const row = rows[0];
    return row ? { ...row, position: Number(row.position) } : null;
  }

  async recordPosted(
    deploymentId: string,
    part: string,
    message: { channelId: string; ts: string; renderHash: string; position: number },
  ): Promise<void> {
    await this.db.slackMessage.upsert({
      where: { deploymentId_part: { deploymentId, part } },
      create: { id: newId('msg'), deploymentId, part, ...message },
      update: message,
    });
  }

  async recordRendered(id: string, renderHash: string): Promise<void> {
    await this.db.$executeRaw`UPDATE "SlackMessage" SET "renderHash" = ${renderHash} WHERE "id" = ${id}`;
  }
}
