import type { WebClient } from '@slack/web-api';

export type SlackIdentity = { botId?: string; botUserId?: string; team?: string };

/**
 * The bot token as Slack confirms it (auth.test): asked once and cached, asked again after a failure. Requests are
 * authorized with it, and GET /ready reports it: a bot whose token Slack has not confirmed is not ready.
 */
export class SlackAuth {
  private identity: Promise<SlackIdentity> | undefined;

  constructor(private readonly client: WebClient) {}

  /** The bot's identity; rejects when Slack refuses the token or cannot be reached (the next call asks again). */
  verify(): Promise<SlackIdentity> {
    this.identity ??= this.client.auth.test().then(
      (result) => ({
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.user_id ? { botUserId: result.user_id } : {}),
        ...(result.team ? { team: result.team } : {}),
      }),
      (error: unknown) => {
        this.identity = undefined;
        throw error;
      },
    );
    return this.identity;
  }
}
