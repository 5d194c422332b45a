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
import { registerSignOffViews } from './views/sign-off-views.ts';

/** Every Slack surface the bot answers, one registration per listener file. */
export function registerListeners(app: App, deps: AppDeps): void {
  registerDeployChecklistCommand(app, deps);
  registerTickItem(app, deps);
  registerSignOffActions(app, deps);
  registerGoLive(app, deps);
  registerSignOffViews(app, deps);
  registerProbeActions(app, deps);
  registerCheckInActions(app, deps);
  registerReportActions(app, deps);
  registerAppHome(app, deps);
}
