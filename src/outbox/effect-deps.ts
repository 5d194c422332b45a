import type { WebClient } from '@slack/web-api';
import type { CoreDeps } from '../app/core-deps.ts';
import type { Deployment } from '../domain/deployment.ts';
import type { CardSection } from '../domain/render/render-summary-card.ts';
import type { ChannelPacer } from './channel-pacer.ts';

/** What the outbox's effect handlers use besides the core's own: the Slack client, the pacer, the card's sections. */
export type EffectDeps = CoreDeps & {
  client: WebClient;
  pacer: ChannelPacer;
  /** Extra card lines from features (sign-offs, probes, check-ins), read from the store at render time. */
  cardSections: (deployment: Deployment) => Promise<CardSection[]>;
  /** Sends a JSON body to a response_url (ephemeral replies after the ack). */
  respond: (responseUrl: string, body: Record<string, unknown>) => Promise<void>;
};
