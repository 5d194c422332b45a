import type { App } from '@slack/bolt';
import { registerCheckInActions } from './actions/check-in-actions.ts';
import { registerGoLive } from './actions/go-live.ts';
import { registerProbeActions } from './actions/probe-actions.ts';
import { registerSignOffActions } from './actions/sign-off-actions.ts';
import { registerTickItem } from './actions/tick-item.ts';
import { registerDeployChecklistCommand } from './commands/deploy-checklist-command.ts';
import type { Deps } from './deps.ts';
import type { GoLiveHooks } from './go-live-hooks.ts';
import { registerSignOffViews } from './views/sign-off-views.ts';

/** Every Slack surface the bot answers, one registration per listener file. */
export function registerListeners(app: App, deps: Deps, hooks: GoLiveHooks = {}): void {
  registerDeployChecklistCommand(app, deps);
  registerTickItem(app, deps);
  registerSignOffActions(app, deps);
  registerGoLive(app, deps, hooks);
  registerSignOffViews(app, deps, hooks);
  registerProbeActions(app, deps);
  registerCheckInActions(app, deps);
}
