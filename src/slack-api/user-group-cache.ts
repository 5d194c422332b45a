import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.ts';

/**
 * Members of Slack user groups, cached: usergroups.users.list is Tier 2 (about 20 calls a minute), and the
 * same group backs a role on every deployment.
 */
export class UserGroupCache {
  private readonly entries = new Map<string, { users: string[]; at: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
    private readonly ttlMs = 10 * 60_000,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  async members(groupId: string): Promise<string[]> {
    const cached = this.entries.get(groupId);
    if (cached && this.clock() - cached.at < this.ttlMs) return cached.users;
    try {
      const result = await this.client.usergroups.users.list({ usergroup: groupId });
      const users = result.users ?? [];
      this.entries.set(groupId, { users, at: this.clock() });
      return users;
    } catch (error) {
      // A group we cannot read leaves the role for manual assignment rather than failing the deployment.
      this.logger.warn('could not read user group members', { groupId, error: (error as Error).message });
      return cached?.users ?? [];
    }
  }
}
