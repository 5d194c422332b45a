import { ACTION, ZDeploymentButtonValue } from '../../domain/render/ids.ts';
import { escapeMrkdwn, mentionUser } from '../../domain/render/mrkdwn.ts';
import { renderAssignRolesModal, renderSignOffModal, renderVerifyModal } from '../../domain/render/render-modals.ts';
import { rolesHeldBy, verifierRefusal, verifierRolesHeldBy } from '../../domain/sign-off.ts';
import { openModal, ownerOnly, readClick } from '../button-click.ts';
import { type AppDeps, depsForRequest, type ListenerDeps } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import type { ListenerRoutes } from '../listener-routes.ts';

/** A click on a card button: its deployment, who clicked and where to answer. */
export function cardClick(deps: ListenerDeps, body: unknown) {
  return readClick(deps, body, ZDeploymentButtonValue);
}

/** Assign roles, Sign off and Verify: each opens a modal right after the ack (a trigger_id lives 3 seconds). */
export function registerSignOffActions(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.action(ACTION.assignRoles, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    if (!(await ownerOnly(deps, click, 'assign roles'))) return;
    await openModal(deps, click, renderAssignRolesModal(click.deployment));
  });

  routes.action(ACTION.signOff, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    const held = rolesHeldBy(click.deployment, click.userId);
    if (held.length === 0) {
      const lines = click.deployment.template.roles.map((role) => {
        const who = click.deployment.roles[role.key] ?? [];
        return `• *${escapeMrkdwn(role.title)}*: ${who.length > 0 ? who.map(mentionUser).join(', ') : '_nobody assigned yet_'}`;
      });
      await tellUser(
        deps,
        click.where,
        `You hold no role on this deployment, so you cannot sign it off. Who can sign:\n${lines.join('\n')}`,
      );
      return;
    }
    await openModal(deps, click, renderSignOffModal(click.deployment, held));
  });

  routes.action(ACTION.verify, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    const held = verifierRolesHeldBy(click.deployment, click.userId);
    if (held.length === 0) {
      await tellUser(deps, click.where, `${verifierRefusal(click.deployment)} You are not one of them.`);
      return;
    }
    await openModal(deps, click, renderVerifyModal(click.deployment, held));
  });
}
