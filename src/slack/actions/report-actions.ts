import type { ReportRequest } from '../../app/report-upload.ts';
import { ACTION, ZDeploymentButtonValue } from '../../domain/render/ids.ts';
import { readButton } from '../button-click.ts';
import { type AppDeps, acknowledgeChange, depsForRequest } from '../deps.ts';
import { tellUser } from '../ephemeral.ts';
import type { ListenerRoutes } from '../listener-routes.ts';

/**
 * The card's *Report* button: the same request as `/deploy-checklist report`, for the deployment the card shows.
 * Anyone in the channel may press it (a report is a read); the upload runs after the ack, through the outbox.
 */
export function registerReportActions(routes: ListenerRoutes, appDeps: AppDeps): void {
  routes.action(ACTION.uploadReport, async ({ ack, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const read = readButton(body, ZDeploymentButtonValue);
    if (!read.ok) {
      await ack();
      if (read.where) await tellUser(deps, read.where, read.problem);
      return;
    }
    const { press } = read;
    // The button names its deployment, and the core checks it sits on that deployment's card.
    const request: ReportRequest = {
      actor: press.userId,
      target: { deploymentId: press.value.d },
      origin: press.origin,
    };
    const outcome = await acknowledgeChange(deps, ack, { op: 'request-report', request }, (requestKey) =>
      deps.core.requestReport({ ...request, requestKey }),
    );
    await tellUser(
      deps,
      press.where,
      outcome.ok
        ? ':hourglass_flowing_sand: Preparing the report; it will appear in this thread in a moment.'
        : outcome.userMessage,
    );
  });
}
