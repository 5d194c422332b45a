import type { App } from '@slack/bolt';
import { registerCheckInActions } from './actions/check-in-actions.ts';
import { registerGoLive } from './actions/go-live.ts';
import { registerProbeActions } from './actions/probe-actions.ts';
import { registerReportActions } from './actions/report-actions.ts';
import { registerSignOffActions } from './actions/sign-off-actions.ts';
import { registerTickItem } from './actions/tick-item.ts';
import { registerDeployChecklistCommand } from './commands/deploy-checklist-command.ts';
import type { AppDeps } from './deps.ts';
import { registerAppHome } from './events/app-home.ts';
import { ListenerRoutes } from './listener-routes.ts';
import { registerSignOffViews } from './views/sign-off-views.ts';

/** Every Slack surface the bot answers, one registration per listener file; buttons and forms are routed by id. */
export function registerListeners(app: App, deps: AppDeps): void {
  registerDeployChecklistCommand(app, deps);
  const routes = new ListenerRoutes();
  registerTickItem(routes, deps);
  registerSignOffActions(routes, deps);
  registerGoLive(routes, deps);
  registerSignOffViews(routes, deps);
  registerProbeActions(routes, deps);
  registerCheckInActions(routes, deps);
  registerReportActions(routes, deps);
  routes.mount(app);
  registerAppHome(app, deps);
}
