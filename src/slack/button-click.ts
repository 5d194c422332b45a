import type { View } from '@slack/types';
import type { z } from 'zod';
import type { Deployment } from '../domain/deployment.ts';
import { parseButtonValue } from '../domain/render/ids.ts';
import { mentionUser } from '../domain/render/mrkdwn.ts';
import type { ListenerDeps } from './deps.ts';
import { tellUser } from './ephemeral.ts';
import { ZBlockAction } from './interaction-payload.ts';

export type Where = Parameters<typeof tellUser>[1];

/** A button click on one of our messages: its parsed value, the deployment it names, and where to answer. */
export type Click<T> = {
  value: T;
  deployment: Deployment;
  where: Where;
  userId: string;
  triggerId: string | undefined;
  actionId: string;
};

/**
 * Reads a block_actions payload: the versioned button value and the deployment it names. A value that is not ours
 * (an old message, a tampered payload) or a deployment that is gone gets an ephemeral answer, and undefined back.
 */
export async function readClick<T extends { d: string }>(
  deps: ListenerDeps,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<Click<T> | undefined> {
  const payload = ZBlockAction.safeParse(body);
  if (!payload.success) return undefined;
  const data = payload.data;
  const where: Where = {
    channelId: data.channel?.id,
    userId: data.user.id,
    threadTs: data.message?.thread_ts ?? data.message?.ts,
  };
  const value = parseButtonValue(schema, data.actions[0]?.value);
  const deployment = value ? await deps.core.find(value.d) : undefined;
  if (!value || !deployment) {
    await tellUser(deps, where, 'That deployment no longer exists, or the button is from an older version of the bot.');
    return undefined;
  }
  return {
    value,
    deployment,
    where,
    userId: data.user.id,
    triggerId: data.trigger_id,
    actionId: data.actions[0]?.action_id ?? '',
  };
}

/** Opens a modal right after the ack (a trigger_id lives 3 seconds); if Slack refuses, the clicker is told. */
export async function openModal(
  deps: ListenerDeps,
  click: Pick<Click<unknown>, 'triggerId' | 'where'>,
  view: View,
): Promise<void> {
  if (!click.triggerId) return;
  try {
    await deps.client.views.open({ trigger_id: click.triggerId, view });
  } catch (error) {
    deps.logger.warn('views.open failed', { error });
    await tellUser(deps, click.where, 'Slack did not open the form in time; please click the button again.');
  }
}

/** Some buttons are the owner's alone (assigning roles, endpoints, overriding go-live); anyone else is told so. */
export async function ownerOnly(deps: ListenerDeps, click: Click<unknown>, what: string): Promise<boolean> {
  if (click.userId === click.deployment.ownerId) return true;
  await tellUser(
    deps,
    click.where,
    `Only the owner of this deployment (${mentionUser(click.deployment.ownerId)}) can ${what}.`,
  );
  return false;
}
