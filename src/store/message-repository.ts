import type { SlackMessage } from '../generated/sqlite/index.js';
import type { Db } from './create-store.ts';
import { newId } from './ids.ts';

/** Marks a message row whose post was started and not yet recorded (see beginPost). */
const POSTING = 'posting:';

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

  /**
   * Records the intent to post a part before chat.postMessage is called: the row exists, without a ts, marked as
   * being posted by `jobId` (in renderHash, which holds no hash until Slack has accepted a payload). A later run that
   * finds the mark knows an earlier run may have posted without recording it. Returns the job id of such an earlier,
   * unfinished post, if any.
   */
  async beginPost(
    deploymentId: string,
    part: string,
    message: { channelId: string; position: number; jobId: string },
  ): Promise<{ interruptedBy: string | null }> {
    const existing = await this.find(deploymentId, part);
    const mark = `${POSTING}${message.jobId}`;
    const data = { channelId: message.channelId, position: message.position, ts: null, renderHash: mark };
    await this.db.slackMessage.upsert({
      where: { deploymentId_part: { deploymentId, part } },
      create: { id: newId('msg'), deploymentId, part, ...data },
      update: data,
    });
    const earlier = existing?.renderHash?.startsWith(POSTING) ? existing.renderHash.slice(POSTING.length) : null;
    return { interruptedBy: existing?.ts ? null : earlier };
  }

  /** Slack refused the post (it answered with an error): nothing was posted, so the intent is taken back. */
  async abandonPost(deploymentId: string, part: string, jobId: string): Promise<void> {
    await this.db.slackMessage.deleteMany({
      where: { deploymentId, part, ts: null, renderHash: `${POSTING}${jobId}` },
    });
  }

  /** Slack accepted the post: its ts and the hash of what it shows (this also clears the intent). */
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

  /**
   * A file the bot uploads into a deployment's thread, as a row of its own (`part`, one per upload request): first
   * its staged file id (the bytes are at Slack, not yet shared), then that it was shared. A run that finds the row
   * finishes that upload instead of starting another. The state is kept in `renderHash`, as a post's intent is.
   */
  async uploadState(deploymentId: string, part: string): Promise<{ fileId: string; shared: boolean } | undefined> {
    const row = await this.find(deploymentId, part);
    const match = /^(staged|shared):(.+)$/.exec(row?.renderHash ?? '');
    return match ? { fileId: match[2] as string, shared: match[1] === 'shared' } : undefined;
  }

  async recordUpload(
    deploymentId: string,
    part: string,
    upload: { channelId: string; fileId: string; shared: boolean },
  ): Promise<void> {
    const data = {
      channelId: upload.channelId,
      ts: null,
      position: 0,
      renderHash: `${upload.shared ? 'shared' : 'staged'}:${upload.fileId}`,
    };
    await this.db.slackMessage.upsert({
      where: { deploymentId_part: { deploymentId, part } },
      create: { id: newId('msg'), deploymentId, part, ...data },
      update: data,
    });
  }

  async recordRendered(id: string, renderHash: string): Promise<void> {
    await this.db.$executeRaw`UPDATE "SlackMessage" SET "renderHash" = ${renderHash} WHERE "id" = ${id}`;
  }
}
