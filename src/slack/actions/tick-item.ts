import type { App } from '@slack/bolt';
import { applyEvent } from '../../domain/apply-event.ts';
import { ACTION, parseButtonValue, ZItemButtonValue } from '../../domain/render/ids.ts';
import { isAppError } from '../../errors.ts';
import type { Deps } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import { ZBlockAction } from '../interaction-payload.ts';

/** Tick or untick one item: ack, persist the change with its audit row, then let the outbox update Slack. */
export function registerTickItem(app: App, deps: Deps): void {
  app.action(ACTION.tickItem, async ({ ack, body }) => {
    await ack();
    const payload = ZBlockAction.safeParse(body);
    if (!payload.success) return;
    const { user, channel, message } = payload.data;
    const where = { channelId: channel?.id, userId: user.id, threadTs: message?.thread_ts };
    const value = parseButtonValue(ZItemButtonValue, payload.data.actions[0]?.value);
    if (!value) {
      await tellUser(
        deps,
        where,
        'That button is from an older version of this checklist; use the current message in the thread.',
      );
      return;
    }
    try {
      const result = await deps.store.deployments.apply(
        value.d,
        (deployment) =>
          applyEvent(deployment, { type: 'set-item', actor: user.id, itemKey: value.i, done: value.to }, deps.now()),
        deps.now,
      );
      if (!result.ok) await tellUser(deps, where, result.userMessage);
      deps.kick();
    } catch (error) {
      if (!isAppError(error)) throw error;
      await tellUser(deps, where, error.userMessage);
    }
  });
}
