import type { App } from '@slack/bolt';
import { ACTION, parseButtonValue, ZItemButtonValue } from '../../domain/render/ids.ts';
import { type AppDeps, depsForRequest } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import { ZBlockAction } from '../interaction-payload.ts';

/** Tick or untick one item: ack, persist the change with its audit row, then let the outbox update Slack. */
export function registerTickItem(app: App, appDeps: AppDeps): void {
  app.action(ACTION.tickItem, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
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
    const result = await deps.core.apply(value.d, {
      type: 'set-item',
      actor: user.id,
      itemKey: value.i,
      done: value.to,
    });
    if (!result.ok) await tellUser(deps, where, result.userMessage);
  });
}
