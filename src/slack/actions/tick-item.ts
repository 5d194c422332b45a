import type { DeploymentEvent } from '../../domain/apply-event.ts';
import { ACTION, parseButtonValue, ZItemButtonValue } from '../../domain/render/ids.ts';
import { messageOrigin } from '../button-click.ts';
import { type AppDeps, acknowledgeChange, depsForRequest } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import { ZBlockAction } from '../interaction-payload.ts';
import type { ListenerRoutes } from '../listener-routes.ts';

/**
 * Tick or untick one item: journal the change, ack, persist it with its audit row, then let the outbox update
 * Slack. The button's message tells which deployment the click may change (the core checks it).
 */
export function registerTickItem(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.action(ACTION.tickItem, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const payload = ZBlockAction.safeParse(body);
    if (!payload.success) return void (await ack());
    const { user, channel, message } = payload.data;
    const where = { channelId: channel?.id, userId: user.id, threadTs: message?.thread_ts };
    const value = parseButtonValue(ZItemButtonValue, payload.data.actions[0]?.value);
    if (!value) {
      await ack();
      await tellUser(
        deps,
        where,
        'That button is from an older version of this checklist; use the current message in the thread.',
      );
      return;
    }
    const event: DeploymentEvent = { type: 'set-item', actor: user.id, itemKey: value.i, done: value.to };
    const origin = messageOrigin(payload.data);
    const result = await acknowledgeChange(deps, ack, { op: 'apply', deploymentId: value.d, event, origin }, (key) =>
      deps.core.apply(value.d, event, { origin, requestKey: key }),
    );
    if (!result.ok) await tellUser(deps, where, result.userMessage);
  });
}
