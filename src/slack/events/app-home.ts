import type { App } from '@slack/bolt';
import { z } from 'zod';
import { renderHome } from '../../domain/render/render-home.ts';
import { type AppDeps, depsForRequest } from '../deps.ts';

/** The fields of app_home_opened the bot reads. */
const ZAppHomeOpened = z.object({
  user: z.string().min(1),
  tab: z.string().optional(),
});

/**
 * Opening the bot's Home tab shows the workspace's open deployments, the person's own and those waiting for their
 * sign-off first. Events are acked by Bolt before the listener runs; the view is published after.
 */
export function registerAppHome(app: App, appDeps: AppDeps): void {
  app.event('app_home_opened', async ({ event, body, context }) => {
    const deps = depsForRequest(appDeps, context);
    const opened = ZAppHomeOpened.safeParse(event);
    const teamId = z
      .string()
      .min(1)
      .safeParse((body as { team_id?: unknown }).team_id);
    if (!opened.success || !teamId.success || (opened.data.tab !== undefined && opened.data.tab !== 'home')) return;
    const entries = await deps.core.home(teamId.data, opened.data.user);
    await deps.client.views.publish({ user_id: opened.data.user, view: renderHome(entries, deps.now()) });
  });
}
