import type { App } from '@slack/bolt';
import type { DeploymentEvent } from '../../domain/apply-event.ts';
import type { Deployment } from '../../domain/deployment.ts';
import { ACTION, VIEW, ZCheckInButtonValue, ZDeploymentButtonValue } from '../../domain/render/ids.ts';
import {
  CHECK_IN_ACTION,
  CHECK_IN_ACTION_PATTERN,
  renderAnsweredCheckIn,
} from '../../domain/render/render-check-in.ts';
import { MODAL_FIELD, renderCheckInIssuesModal, renderReasonModal } from '../../domain/render/render-modals.ts';
import { type Click, openModal, readClick } from '../button-click.ts';
import { type AppDeps, depsForRequest, type ListenerDeps } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
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
export function registerCheckInActions(app: App, appDeps: AppDeps): void {
  app.action(CHECK_IN_ACTION_PATTERN, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await readClick(deps, body, ZCheckInButtonValue);
    if (!click) return;
    const { deployment, value, actionId, where } = click;
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
    const snooze = SNOOZE_MS[actionId];
    const result = snooze
      ? await deps.core.apply(deployment.id, {
          type: 'check-in-snooze',
          actor: click.userId,
          key: value.k,
          until: new Date(deps.now().getTime() + snooze),
        })
      : await deps.core.apply(deployment.id, {
          type: 'check-in-answer',
          actor: click.userId,
          key: value.k,
          answer: 'stable',
        });
    if (!result.ok) return tellUser(deps, where, result.userMessage);
    if (!snooze) await markAnswered(deps, deployment.id, value.k);
  });

  /** A card (or reminder) button that acts on its deployment. */
  const cardButton = (actionId: string, handle: (click: Click<{ d: string }>, deps: ListenerDeps) => Promise<void>) =>
    app.action(actionId, async ({ ack, body, context }) => {
      const deps = depsForRequest(appDeps, context);
      await ack();
      const click = await readClick(deps, body, ZDeploymentButtonValue);
      if (click) await handle(click, deps);
    });

  cardButton(ACTION.startRollback, (click, deps) => openModal(deps, click, rollbackModal(click.deployment)));
  cardButton(ACTION.completeRollback, async (click, deps) => {
    const result = await deps.core.apply(click.deployment.id, { type: 'complete-rollback', actor: click.userId });
    if (!result.ok) await tellUser(deps, click.where, result.userMessage);
  });
  cardButton(ACTION.markStable, async (click, deps) => {
    const result = await deps.core.apply(click.deployment.id, { type: 'mark-stable', actor: click.userId });
    if (!result.ok) await tellUser(deps, click.where, result.userMessage);
  });

  /** Reason modals: a too-short reason comes back inside the modal. */
  const reasonView = (
    callbackId: string,
    toEvent: (actor: string, reason: string, checkInKey: string | undefined) => DeploymentEvent,
  ) =>
    app.view(callbackId, async ({ ack, body, context }) => {
      const deps = depsForRequest(appDeps, context);
      const read = await readSubmission(body, ack, MODAL_FIELD.reason);
      if (!read) return;
      const { submission, metadata } = read;
      const reason = textValue(submission.view.state.values, MODAL_FIELD.reason) ?? '';
      // "Roll back" on a check-in is also that check-in's answer, recorded while the release is still live.
      if (callbackId === VIEW.startRollback && metadata.k && reason.length >= 5) {
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

  app.view(VIEW.checkInIssues, async ({ ack, body, context }) => {
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
