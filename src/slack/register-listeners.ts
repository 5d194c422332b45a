import type { App } from '@slack/bolt';
import { registerTickItem } from './actions/tick-item.ts';
import { registerDeployChecklistCommand } from './commands/deploy-checklist-command.ts';
import type { Deps } from './deps.ts';

/** Every Slack surface the bot answers, one registration per listener file. */
export function registerListeners(app: App, deps: Deps): void {
  registerDeployChecklistCommand(app, deps);
  registerTickItem(app, deps);
}
