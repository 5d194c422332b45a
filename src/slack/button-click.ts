import type { View } from '@slack/types';
import type { z } from 'zod';
import type { ChangeOutcome } from '../app/core.ts';
import type { DeploymentEvent } from '../domain/apply-event.ts';
import type { Origin } from '../domain/authorize.ts';
import type { Deployment } from '../domain/deployment.ts';
import { parseButtonValue } from '../domain/render/ids.ts';
import { mentionUser } from '../domain/render/mrkdwn.ts';
import { acknowledgeChange, type ListenerDeps } from './deps.ts';
import { tellUser } from './ephemeral.ts';
import { type BlockAction, ZBlockAction } from './interaction-payload.ts';

export type Where = Parameters<typeof tellUser>[1];

/**
 * The message a button sits on: its channel, and the thread it belongs to (the card's own ts, or the thread its
 * reply is in). A payload without a channel gets an empty one, which belongs to no deployment.
 */
export function messageOrigin(payload: BlockAction): Origin {
  const threadTs = payload.message?.thread_ts ?? payload.message?.ts ?? payload.container?.thread_ts;
  return { kind: 'message', channelId: payload.channel?.id ?? '', ...(threadTs ? { threadTs } : {}) };
}

/** A button click on one of our messages: its parsed value, the deployment it names, and where to answer. */
export type Click<T> = {
  value: T;
  deployment: Deployment;
  where: Where;
  userId: string;
  triggerId: string | undefined;
  actionId: string;
  /** The message the button sits on, which decides the deployment it may change. */
  origin: Origin;
};

/** A button press as read from its payload, before anything is looked up (so it can be journaled before the ack). */
export type ButtonPress<T> = Omit<Click<T>, 'deployment'>;

const OUTDATED = 'That deployment no longer exists, or the button is from an older version of the bot.';

/**
 * Reads a block_actions payload without I/O: the versioned button value, who pressed it and on which message. A
 * value that is not ours (an old message, a tampered payload) comes back as the words to answer with.
 */
export function readButton<T extends { d: string }>(
  body: unknown,
  schema: z.ZodType<T>,
): { ok: true; press: ButtonPress<T> } | { ok: false; where: Where | undefined; problem: string } {
  const payload = ZBlockAction.safeParse(body);
  if (!payload.success) return { ok: false, where: undefined, problem: OUTDATED };
  const data = payload.data;
  const where: Where = {
    channelId: data.channel?.id,
    userId: data.user.id,
    threadTs: data.message?.thread_ts ?? data.message?.ts,
  };
  const value = parseButtonValue(schema, data.actions[0]?.value);
  if (!value) return { ok: false, where, problem: OUTDATED };
  return {
    ok: true,
    press: {
      value,
      where,
      userId: data.user.id,
      triggerId: data.trigger_id,
      actionId: data.actions[0]?.action_id ?? '',
      origin: messageOrigin(data),
    },
  };
}

/**
 * Reads a block_actions payload and the deployment it names. A value that is not ours or a deployment that is gone
 * gets an ephemeral answer, and undefined back.
 */
export async function readClick<T extends { d: string }>(
  deps: ListenerDeps,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<Click<T> | undefined> {
  const read = readButton(body, schema);
  const deployment = read.ok ? await deps.core.find(read.press.value.d) : undefined;
  if (!read.ok || !deployment) {
    const where = read.ok ? read.press.where : read.where;
    if (where) await tellUser(deps, where, OUTDATED);
    return undefined;
  }
  return { ...read.press, deployment };
}

/**
 * A button that changes its deployment at once (no form): journaled, acked, applied as the pressing user from the
 * message it sits on; a refusal is told to the presser. Returns whether the change was stored.
 */
export async function pressToChange<T extends { d: string }>(
  deps: ListenerDeps,
  ack: () => Promise<unknown>,
  body: unknown,
  schema: z.ZodType<T>,
  toEvent: (press: ButtonPress<T>) => DeploymentEvent,
): Promise<{ press: ButtonPress<T>; outcome: ChangeOutcome } | undefined> {
  const read = readButton(body, schema);
  if (!read.ok) {
    await ack();
    if (read.where) await tellUser(deps, read.where, read.problem);
    return undefined;
  }
  const { press } = read;
  const event = toEvent(press);
  const deploymentId = press.value.d;
  const outcome = await acknowledgeChange(
    deps,
    ack,
    { op: 'apply', deploymentId, event, origin: press.origin },
    (requestKey) => deps.core.apply(deploymentId, event, { origin: press.origin, requestKey }),
  );
  return { press, outcome };
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
