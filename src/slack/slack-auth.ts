import type { WebClient } from '@slack/web-api';
import { slackErrorName } from '../slack-api/slack-errors.ts';

export type SlackIdentity = { botId?: string; botUserId?: string; team?: string };

/** How long GET /ready trusts a confirmation before asking Slack again (a revoked token then shows within this). */
export const RECONFIRM_AFTER_MS = 5 * 60_000;

/** Slack's answers that mean the token itself is no good, as opposed to Slack being unreachable. */
const TOKEN_REFUSED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);

/**
 * The bot token as Slack confirms it (auth.test): asked once and cached, asked again after a failure. Requests are
 * authorized with it, and GET /ready reports it: a bot whose token Slack has not confirmed is not ready.
 */
export class SlackAuth {
  private identity: Promise<SlackIdentity> | undefined;
  private confirmedAt = 0;
  private reconfirming: Promise<SlackIdentity> | undefined;

  constructor(
    private readonly client: WebClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The bot's identity; rejects when Slack refuses the token or cannot be reached (the next call asks again). */
  verify(): Promise<SlackIdentity> {
    this.identity ??= this.ask().catch((error: unknown) => {
      this.identity = undefined;
      throw error;
    });
    return this.identity;
  }

  /**
   * For GET /ready: the cached confirmation while it is recent, else Slack is asked again. A refused token makes
   * the bot unready (and requests ask again); Slack merely unreachable keeps the last confirmation, so a network
   * blip does not take every replica out of its load balancer.
   */
  async confirmed(): Promise<SlackIdentity> {
    const known = this.identity;
    if (!known || this.now().getTime() - this.confirmedAt < RECONFIRM_AFTER_MS) return this.verify();
    this.reconfirming ??= this.ask()
      .then((identity) => {
        this.identity = Promise.resolve(identity);
        return identity;
      })
      .catch((error: unknown) => {
        const name = slackErrorName(error);
        if (name === undefined || !TOKEN_REFUSED.has(name)) return known;
        this.identity = undefined;
        throw error;
      })
      .finally(() => {
        this.reconfirming = undefined;
      });
    return this.reconfirming;
  }

  private async ask(): Promise<SlackIdentity> {
    const result = await this.client.auth.test();
    this.confirmedAt = this.now().getTime();
    return {
      ...(result.bot_id ? { botId: result.bot_id } : {}),
      ...(result.user_id ? { botUserId: result.user_id } : {}),
      ...(result.team ? { team: result.team } : {}),
    };
  }
}
