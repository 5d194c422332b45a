import type { AckFn, App } from '@slack/bolt';
import { checkEndpoint } from '../../domain/endpoints.ts';
import { ACTION, VIEW, ZProbeButtonValue } from '../../domain/render/ids.ts';
import { mentionUser } from '../../domain/render/mrkdwn.ts';
import { renderSetEndpointModal } from '../../domain/render/render-modals.ts';
import { openModal, ownerOnly, readClick } from '../button-click.ts';
import { type AppDeps, depsForRequest } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import { planProbes } from '../probes/run-deployment-probes.ts';
import { readSubmission, showErrors } from '../view-submission.ts';
import { cardClick } from './sign-off-actions.ts';

/** Run probes (card: all; phase message: that phase) and Set URL. Probes run after the ack, never within it. */
export function registerProbeActions(app: App, appDeps: AppDeps): void {
  app.action(ACTION.runProbes, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await readClick(deps, body, ZProbeButtonValue);
    if (!click) return;
    const { deployment, value, where } = click;
    const phase = value.p ? deployment.template.phases.find((p) => p.key === value.p) : undefined;
    const itemKeys = phase ? phase.items.filter((item) => item.probe).map((item) => item.key) : undefined;
    const plan = planProbes(deployment, itemKeys);
    if (plan.requests.length === 0) {
      const why =
        plan.skipped.length > 0
          ? `They need an endpoint first: press *Set URL* on the card.`
          : 'This checklist has no probes here.';
      await tellUser(deps, where, `No probe can run yet. ${why}`);
      return;
    }
    const started = await deps.core.startProbeRun(deployment.id, {
      actor: click.userId,
      ...(itemKeys ? { itemKeys } : {}),
      heading: phase ? `Probes of ${phase.title}` : 'Probe run',
      notice: `:satellite_antenna: ${mentionUser(click.userId)} started ${plan.requests.length} probe${plan.requests.length === 1 ? '' : 's'}${phase ? ` of ${phase.title}` : ''}…`,
    });
    if (!started)
      await tellUser(
        deps,
        where,
        'A probe run for this deployment is already in progress; its results will appear in the thread.',
      );
  });

  app.action(ACTION.setEndpoint, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    await ack();
    const click = await cardClick(deps, body);
    if (!click) return;
    if (!(await ownerOnly(deps, click, 'change where probes go'))) return;
    await openModal(deps, click, renderSetEndpointModal(click.deployment));
  });

  app.view(VIEW.setEndpoint, async ({ ack, body, context }) => {
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
