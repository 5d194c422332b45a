import type { AckFn } from '@slack/bolt';
import type { ProbeRunRequest } from '../../app/core.ts';
import { checkEndpoint } from '../../domain/endpoints.ts';
import { ACTION, VIEW, ZProbeButtonValue } from '../../domain/render/ids.ts';
import { renderSetEndpointModal } from '../../domain/render/render-modals.ts';
import { openModal, ownerOnly, readButton } from '../button-click.ts';
import { type AppDeps, acknowledgeChange, depsForRequest } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import type { ListenerRoutes } from '../listener-routes.ts';
import { readSubmission, showErrors } from '../view-submission.ts';
import { cardClick } from './sign-off-actions.ts';

/** Run probes (card: all; phase message: that phase) and Set URL. Probes run after the ack, never within it. */
export function registerProbeActions(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.action(ACTION.runProbes, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const read = readButton(body, ZProbeButtonValue);
    if (!read.ok) {
      await ack();
      if (read.where) await tellUser(deps, read.where, read.problem);
      return;
    }
    const { press } = read;
    const request: ProbeRunRequest = {
      actor: press.userId,
      origin: press.origin,
      ...(press.value.p ? { phaseKey: press.value.p } : {}),
    };
    const deploymentId = press.value.d;
    // The core plans the run and says why none can start; the request is journaled like any change.
    const outcome = await acknowledgeChange(deps, ack, { op: 'start-probe-run', deploymentId, request }, (requestKey) =>
      deps.core.startProbeRun(deploymentId, { ...request, requestKey }),
    );
    if (!outcome.ok) await tellUser(deps, press.where, outcome.userMessage);
  });

  routes.action(ACTION.setEndpoint, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    if (!(await ownerOnly(deps, click, 'change where probes go'))) return;
    await openModal(deps, click, renderSetEndpointModal(click.deployment));
  });

  routes.view(VIEW.setEndpoint, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const read = await readSubmission(body, ack, 'endpoint:url');
    if (!read) return;
    const { submission, metadata } = read;
    const errors: Record<string, string> = {};
    const values: Array<{ name: string; url: string }> = [];
    for (const [blockId, fields] of Object.entries(submission.view.state.values)) {
      if (!blockId.startsWith('endpoint:')) continue;
      const raw = fields.value?.value?.trim();
      if (!raw) continue;
      const name = blockId.slice('endpoint:'.length);
      const checked = checkEndpoint(name, raw);
      if (checked.ok) values.push({ name, url: checked.value });
      else errors[blockId] = checked.problem;
    }
    if (Object.keys(errors).length > 0) return showErrors(ack, errors);
    for (const { name, url } of values) {
      const result = await deps.core.apply(metadata.d, {
        type: 'set-endpoint',
        actor: submission.user.id,
        name,
        url,
      });
      if (!result.ok) return showErrors(ack, { [`endpoint:${name}`]: result.userMessage });
    }
    await (ack as AckFn<void>)();
  });
}
