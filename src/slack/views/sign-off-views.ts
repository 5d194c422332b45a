import { VERIFICATION_ISSUES, VERIFICATION_STATUSES } from '../../domain/deployment.ts';
import { VIEW } from '../../domain/render/ids.ts';
import { MODAL_FIELD } from '../../domain/render/render-modals.ts';
import { type AppDeps, depsForRequest } from '../deps.ts';
import type { ListenerRoutes } from '../listener-routes.ts';
import {
  closeOrShowRefusal,
  readSubmission,
  selectedUsers,
  selectedValue,
  showErrors,
  textValue,
  type ViewAck,
  type ViewSubmission,
} from '../view-submission.ts';

/** Parses a submission and its deployment id, or answers with an error inside the modal. */
async function parse(
  body: unknown,
  ack: ViewAck,
): Promise<{ submission: ViewSubmission; deploymentId: string } | undefined> {
  const read = await readSubmission(body, ack, MODAL_FIELD.note);
  return read && { submission: read.submission, deploymentId: read.metadata.d };
}

export function registerSignOffViews(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.view(VIEW.assignRoles, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const parsed = await parse(body, ack);
    if (!parsed) return;
    const values = parsed.submission.view.state.values;
    const assignments: Record<string, string[]> = {};
    for (const blockId of Object.keys(values)) {
      if (blockId.startsWith(`${MODAL_FIELD.role}:`)) {
        assignments[blockId.slice(MODAL_FIELD.role.length + 1)] = selectedUsers(values, blockId, MODAL_FIELD.users);
      }
    }
    const result = await deps.core.apply(parsed.deploymentId, {
      type: 'assign-roles',
      actor: parsed.submission.user.id,
      assignments,
    });
    await closeOrShowRefusal(
      ack,
      result,
      Object.keys(values).find((k) => k.startsWith(`${MODAL_FIELD.role}:`)) ?? MODAL_FIELD.role,
    );
  });

  routes.view(VIEW.signOff, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const parsed = await parse(body, ack);
    if (!parsed) return;
    const values = parsed.submission.view.state.values;
    const decision = selectedValue(values, MODAL_FIELD.decision) === 'reject' ? 'reject' : 'approve';
    const reason = textValue(values, MODAL_FIELD.reason);
    const result = await deps.core.apply(parsed.deploymentId, {
      type: 'sign-off',
      actor: parsed.submission.user.id,
      // The request's own id: one submission records one sign-off, however often it is delivered or replayed.
      id: `sig_${deps.requestId}`,
      roleKey: selectedValue(values, MODAL_FIELD.role) ?? '',
      decision,
      ...(reason ? { reason } : {}),
      ...(textValue(values, MODAL_FIELD.note) ? { note: textValue(values, MODAL_FIELD.note) } : {}),
    });
    // The domain's refusal, shown under the field it is about (a rejection's missing reason under the reason).
    await closeOrShowRefusal(
      ack,
      result,
      !result.ok && result.code === 'reason-required' ? MODAL_FIELD.reason : MODAL_FIELD.role,
    );
  });

  routes.view(VIEW.goLiveOverride, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const parsed = await parse(body, ack);
    if (!parsed) return;
    const reason = textValue(parsed.submission.view.state.values, MODAL_FIELD.reason) ?? '';
    const result = await deps.core.apply(parsed.deploymentId, {
      type: 'go-live',
      actor: parsed.submission.user.id,
      override: reason,
    });
    await closeOrShowRefusal(ack, result, MODAL_FIELD.reason);
  });

  routes.view(VIEW.verify, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const parsed = await parse(body, ack);
    if (!parsed) return;
    const values = parsed.submission.view.state.values;
    const issues = VERIFICATION_ISSUES.find((v) => v === selectedValue(values, MODAL_FIELD.issues));
    const status = VERIFICATION_STATUSES.find((v) => v === selectedValue(values, MODAL_FIELD.status));
    if (!issues || !status) {
      await showErrors(ack, { [issues ? MODAL_FIELD.status : MODAL_FIELD.issues]: 'Pick one.' });
      return;
    }
    const note = textValue(values, MODAL_FIELD.note);
    const result = await deps.core.apply(parsed.deploymentId, {
      type: 'verify',
      actor: parsed.submission.user.id,
      id: `ver_${deps.requestId}`,
      roleKey: selectedValue(values, MODAL_FIELD.role) ?? '',
      issues,
      status,
      ...(note ? { note } : {}),
    });
    await closeOrShowRefusal(
      ack,
      result,
      !result.ok && result.code === 'reason-required' ? MODAL_FIELD.note : MODAL_FIELD.role,
    );
  });
}
