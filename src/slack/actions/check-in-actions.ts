import type { DeploymentEvent } from '../../domain/apply-event.ts';
import type { Deployment } from '../../domain/deployment.ts';
import { hasReason } from '../../domain/event-result.ts';
import { ACTION, VIEW, ZCheckInButtonValue, ZDeploymentButtonValue } from '../../domain/render/ids.ts';
import {
  CHECK_IN_ACTION,
  CHECK_IN_ACTION_PATTERN,
  renderAnsweredCheckIn,
} from '../../domain/render/render-check-in.ts';
import { MODAL_FIELD, renderCheckInIssuesModal, renderReasonModal } from '../../domain/render/render-modals.ts';
import { openModal, pressToChange, readClick } from '../button-click.ts';
import { type AppDeps, depsForRequest, type ListenerDeps } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import type { ListenerRoutes } from '../listener-routes.ts';
import { closeOrShowRefusal, readSubmission, selectedValue, showErrors, textValue } from '../view-submission.ts';

const SNOOZE_MS = { [CHECK_IN_ACTION.snooze30m]: 30 * 60_000, [CHECK_IN_ACTION.snooze2h]: 2 * 3_600_000 } as Record<
  string,
  number
>;

function rollbackModal(deployment: Deployment, checkInKey?: string) {
  return renderReasonModal(deployment, {
    callbackId: VIEW.startRollback,
    title: 'Start rollback',
    submit: 'Roll back',
    label: 'Why roll back?',
    hint: 'Posted in the thread; the roles are pinged.',
    ...(checkInKey ? { checkInKey } : {}),
  });
}

/** Replaces an answered check-in's buttons with its answer, so it cannot be answered twice by accident. */
async function markAnswered(deps: ListenerDeps, deploymentId: string, key: string): Promise<void> {
  const deployment = await deps.core.find(deploymentId);
  const state = deployment?.checkIns[key];
  const plan = deployment?.template.checkIns.find((c) => c.key === key);
  if (!deployment || !state?.messageTs || !plan) return;
  await deps.client.chat
    .update({
      channel: deployment.channelId,
      ts: state.messageTs,
      ...renderAnsweredCheckIn({ deployment, checkIn: plan }),
    })
    .catch((error: unknown) => deps.logger.warn('could not mark a check-in answered', { error }));
}

/** Stable, Issues, Roll back, Snooze and Stop on a check-in; Start rollback, Rollback complete and Stable on the card. */
export function registerCheckInActions(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.action(CHECK_IN_ACTION_PATTERN, async ({ ack, body, context, action }) => {
    const deps = depsForRequest(appDeps, context);
    const actionId = 'action_id' in action ? action.action_id : '';
    const snooze = SNOOZE_MS[actionId];
    if (snooze || actionId === CHECK_IN_ACTION.stable) {
      // An answer changes the deployment at once: journaled before the ack like every such button.
      const pressed = await pressToChange(deps, ack, body, ZCheckInButtonValue, (press) =>
        snooze
          ? {
              type: 'check-in-snooze',
              actor: press.userId,
              key: press.value.k,
              until: new Date(deps.now().getTime() + snooze),
            }
          : { type: 'check-in-answer', actor: press.userId, key: press.value.k, answer: 'stable' },
      );
      if (!pressed) return;
      if (!pressed.outcome.ok) return tellUser(deps, pressed.press.where, pressed.outcome.userMessage);
      if (!snooze) await markAnswered(deps, pressed.press.value.d, pressed.press.value.k);
      return;
    }
    await ack();
    const click = await readClick(deps, body, ZCheckInButtonValue);
    if (!click) return;
    const { deployment, value } = click;
    if (actionId === CHECK_IN_ACTION.issues)
      return openModal(deps, click, renderCheckInIssuesModal(deployment, value.k));
    if (actionId === CHECK_IN_ACTION.rollback) return openModal(deps, click, rollbackModal(deployment, value.k));
    if (actionId === CHECK_IN_ACTION.stop) {
      return openModal(
        deps,
        click,
        renderReasonModal(deployment, {
          callbackId: VIEW.stopCheckIns,
          title: 'Stop check-ins',
          submit: 'Stop',
          label: 'Why stop the check-ins?',
          checkInKey: value.k,
        }),
      );
    }
  });

  routes.action(ACTION.startRollback, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await readClick(deps, body, ZDeploymentButtonValue);
    if (click) await openModal(deps, click, rollbackModal(click.deployment));
  });

  /** A card button that changes its deployment at once. */
  const changeButton = (actionId: string, type: 'complete-rollback' | 'mark-stable') =>
    routes.action(actionId, async ({ ack, body, context }) => {
      const deps = depsForRequest(appDeps, context);
      const pressed = await pressToChange(deps, ack, body, ZDeploymentButtonValue, (press) => ({
        type,
        actor: press.userId,
      }));
      if (pressed && !pressed.outcome.ok) await tellUser(deps, pressed.press.where, pressed.outcome.userMessage);
    });
  changeButton(ACTION.completeRollback, 'complete-rollback');
  changeButton(ACTION.markStable, 'mark-stable');

  /** Reason modals: a too-short reason comes back inside the modal. */
  const reasonView = (
    callbackId: string,
    toEvent: (actor: string, reason: string, checkInKey: string | undefined) => DeploymentEvent,
  ) =>
    routes.view(callbackId, async ({ ack, body, context }) => {
      const deps = depsForRequest(appDeps, context);
      const read = await readSubmission(body, ack, MODAL_FIELD.reason);
      if (!read) return;
      const { submission, metadata } = read;
      const reason = textValue(submission.view.state.values, MODAL_FIELD.reason) ?? '';
      // "Roll back" on a check-in is also that check-in's answer, recorded while the release is still live.
      if (callbackId === VIEW.startRollback && metadata.k && hasReason(reason)) {
        await deps.core.apply(metadata.d, {
          type: 'check-in-answer',
          actor: submission.user.id,
          key: metadata.k,
          answer: 'rollback',
          note: reason,
        });
      }
      const result = await deps.core.apply(metadata.d, toEvent(submission.user.id, reason, metadata.k));
      if (!(await closeOrShowRefusal(ack, result, MODAL_FIELD.reason))) return;
      if (metadata.k) await markAnswered(deps, metadata.d, metadata.k);
    });

  reasonView(VIEW.startRollback, (actor, reason) => ({ type: 'start-rollback', actor, reason }));
  reasonView(VIEW.stopCheckIns, (actor, reason) => ({ type: 'stop-check-ins', actor, reason }));

  routes.view(VIEW.checkInIssues, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const read = await readSubmission(body, ack, MODAL_FIELD.note);
    if (!read) return;
    const { submission, metadata } = read;
    const checkInKey = metadata.k;
    if (!checkInKey)
      return showErrors(ack, {
        [MODAL_FIELD.note]: 'This form does not name a check-in; use the check-in message again.',
      });
    const values = submission.view.state.values;
    const severity = selectedValue(values, MODAL_FIELD.issues) === 'major' ? 'major' : 'minor';
    const note = textValue(values, MODAL_FIELD.note);
    const result = await deps.core.apply(metadata.d, {
      type: 'check-in-answer',
      actor: submission.user.id,
      key: checkInKey,
      answer: severity,
      ...(note ? { note } : {}),
    });
    if (await closeOrShowRefusal(ack, result, MODAL_FIELD.note)) await markAnswered(deps, metadata.d, checkInKey);
  });
}
