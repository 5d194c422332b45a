import { ACTION, buttonValue, ZDeploymentButtonValue } from '../../domain/render/ids.ts';
import { renderGoLiveOverrideModal } from '../../domain/render/render-modals.ts';
import { goLiveBlockers } from '../../domain/sign-off.ts';
import { openModal, ownerOnly, pressToChange } from '../button-click.ts';
import { type AppDeps, depsForRequest } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import type { ListenerRoutes } from '../listener-routes.ts';
import { cardClick } from './sign-off-actions.ts';

/**
 * Go live: allowed only with the quorum, every required pre-deployment item and no failing required probe.
 * Otherwise the clicker sees exactly what is missing; the owner also gets a way to override with a reason.
 */
export function registerGoLive(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.action(ACTION.goLive, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const pressed = await pressToChange(deps, ack, body, ZDeploymentButtonValue, (press) => ({
      type: 'go-live',
      actor: press.userId,
    }));
    if (!pressed || pressed.outcome.ok) return;
    const { press: click, outcome: result } = pressed;
    const deployment = result.code === 'go-live-blocked' ? await deps.core.find(click.value.d) : undefined;
    if (!deployment || click.userId !== deployment.ownerId || !click.where.channelId) {
      await tellUser(deps, click.where, result.userMessage);
      return;
    }
    await deps.client.chat
      .postEphemeral({
        channel: click.where.channelId,
        user: click.userId,
        ...(click.where.threadTs ? { thread_ts: click.where.threadTs } : {}),
        text: result.userMessage,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: result.userMessage.slice(0, 3000) } },
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                action_id: ACTION.goLiveOverride,
                text: { type: 'plain_text', text: 'Go live anyway…' },
                style: 'danger',
                value: buttonValue({ v: 1, d: deployment.id }),
              },
            ],
          },
        ],
      })
      .catch((error: unknown) => deps.logger.warn('could not send the go-live blockers', { error }));
  });

  routes.action(ACTION.goLiveOverride, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    if (!(await ownerOnly(deps, click, 'go live without the quorum'))) return;
    await openModal(deps, click, renderGoLiveOverrideModal(click.deployment, goLiveBlockers(click.deployment)));
  });
}
