import type { App } from '@slack/bolt';
import { ACTION, parseButtonValue, ZDeploymentButtonValue } from '../../domain/render/ids.ts';
import { escapeMrkdwn, mentionUser } from '../../domain/render/mrkdwn.ts';
import { renderAssignRolesModal, renderSignOffModal, renderVerifyModal } from '../../domain/render/render-modals.ts';
import { rolesHeldBy } from '../../domain/sign-off.ts';
import type { Deps } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import { type BlockAction, ZBlockAction } from '../interaction-payload.ts';

/** Card button context: who clicked, where, and which deployment (already loaded), or a reply was sent. */
export async function cardClick(deps: Deps, body: unknown) {
  const payload = ZBlockAction.safeParse(body);
  if (!payload.success) return undefined;
  const data: BlockAction = payload.data;
  const where = {
    channelId: data.channel?.id,
    userId: data.user.id,
    threadTs: data.message?.thread_ts ?? data.message?.ts,
  };
  const value = parseButtonValue(ZDeploymentButtonValue, data.actions[0]?.value);
  const deployment = value ? await deps.store.deployments.find(value.d) : undefined;
  if (!deployment) {
    await tellUser(deps, where, 'That deployment no longer exists, or the button is from an older version of the bot.');
    return undefined;
  }
  return { deployment, where, userId: data.user.id, triggerId: data.trigger_id };
}

async function openModal(
  deps: Deps,
  triggerId: string | undefined,
  view: Parameters<Deps['client']['views']['open']>[0]['view'],
  where: Parameters<typeof tellUser>[1],
) {
  if (!triggerId) return;
  try {
    await deps.client.views.open({ trigger_id: triggerId, view });
  } catch (error) {
    deps.logger.warn('views.open failed', { error });
    await tellUser(deps, where, 'Slack did not open the form in time; please click the button again.');
  }
}

/** Assign roles, Sign off and Verify: each opens a modal right after the ack (a trigger_id lives 3 seconds). */
export function registerSignOffActions(app: App, deps: Deps): void {
  app.action(ACTION.assignRoles, async ({ ack, body }) => {
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    if (click.userId !== click.deployment.ownerId) {
      await tellUser(
        deps,
        click.where,
        `Only the owner of this deployment (${mentionUser(click.deployment.ownerId)}) can assign roles.`,
      );
      return;
    }
    await openModal(deps, click.triggerId, renderAssignRolesModal(click.deployment), click.where);
  });

  app.action(ACTION.signOff, async ({ ack, body }) => {
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
    await openModal(deps, click.triggerId, renderSignOffModal(click.deployment, held), click.where);
  });

  app.action(ACTION.verify, async ({ ack, body }) => {
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    const named = click.deployment.template.verification.roles;
    const held = rolesHeldBy(click.deployment, click.userId).filter(
      (role) => named.length === 0 || named.includes(role.key),
    );
    if (held.length === 0) {
      const titles = click.deployment.template.roles
        .filter((r) => named.length === 0 || named.includes(r.key))
        .map((r) => escapeMrkdwn(r.title));
      await tellUser(
        deps,
        click.where,
        `Verification is recorded by the people assigned to ${titles.join(', ') || 'a role'}; you are not one of them.`,
      );
      return;
    }
    await openModal(deps, click.triggerId, renderVerifyModal(click.deployment, held), click.where);
  });
}
