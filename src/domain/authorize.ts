import type { Deployment } from './deployment.ts';
import type { DeploymentEvent } from './deployment-event.ts';
import { type Refusal, refuse } from './event-result.ts';
import { mentionUser } from './render/mrkdwn.ts';

/**
 * Where a change came from, as far as it decides who may make it. A button carries the message it sits on, and that
 * message belongs to exactly one deployment; a form, a command or the bot's own work names the deployment itself.
 */
export type Origin =
  | { kind: 'message'; channelId: string; threadTs?: string }
  | { kind: 'form' }
  | { kind: 'command' }
  | { kind: 'system' }
  /** The HTTP API, acting under a named token (its name is the actor, `api:NAME`). */
  | { kind: 'api'; token: string };

export const SYSTEM_ORIGIN: Origin = { kind: 'system' };

/** What only the owner may do, with the words that say so. */
const OWNER_ONLY: Partial<Record<DeploymentEvent['type'], string>> = {
  'set-endpoint': 'change where probes go',
  'assign-roles': 'assign roles',
  'set-version': 'change its version',
  cancel: 'cancel it',
};

/**
 * A button names its deployment in its value; the message it sits on must belong to that same deployment, so a value
 * copied into another message (or a forged channel) cannot reach another deployment.
 */
export function originRefusal(deployment: Deployment, origin: Origin): Refusal | undefined {
  if (origin.kind !== 'message') return undefined;
  const otherChannel = origin.channelId !== deployment.channelId;
  const otherThread =
    origin.threadTs !== undefined && deployment.threadTs !== null && origin.threadTs !== deployment.threadTs;
  if (!otherChannel && !otherThread) return undefined;
  return refuse(
    'wrong-deployment',
    'That button does not belong to this deployment; use the buttons in its own thread.',
  );
}

export function ownerOnlyRefusal(deployment: Deployment, what: string): Refusal {
  return refuse('not-owner', `Only the owner of this deployment (${mentionUser(deployment.ownerId)}) can ${what}.`);
}

/**
 * Who may make a change, checked once for every surface (Slack, the API, the sandbox) before the change is decided.
 * Role rules (who may sign, who may verify) are checked where the sign-off itself is decided (sign-off.ts).
 */
export function authorize(deployment: Deployment, event: DeploymentEvent, origin: Origin): Refusal | undefined {
  const wrongPlace = originRefusal(deployment, origin);
  if (wrongPlace) return wrongPlace;
  const what = OWNER_ONLY[event.type];
  if (what && event.actor !== deployment.ownerId) return ownerOnlyRefusal(deployment, what);
  if (event.type === 'go-live' && event.override !== undefined && event.actor !== deployment.ownerId)
    return ownerOnlyRefusal(deployment, 'go live without the quorum');
  return undefined;
}
