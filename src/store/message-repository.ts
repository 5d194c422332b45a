import type { SlackMessage } from '../generated/sqlite/index.js';
import type { Db } from './create-store.ts';
import { newId } from './ids.ts';

/** Which Slack message shows which part of a deployment, and the hash of what it last showed. */
export class MessageRepository {
  constructor(private readonly db: Db) {}

  async parts(deploymentId: string): Promise<SlackMessage[]> {
    return this.db.slackMessage.findMany({ where: { deploymentId }, orderBy: { position: 'asc' } });
  }

  async find(deploymentId: string, part: string): Promise<SlackMessage | null> {
    return this.db.slackMessage.findUnique({ where: { deploymentId_part: { deploymentId, part } } });
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
    await this.db.slackMessage.update({ where: { id }, data: { renderHash } });
  }
}
