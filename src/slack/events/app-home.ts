import type { App } from '@slack/bolt';
import { z } from 'zod';
import { renderHome } from '../../domain/render/render-home.ts';
import { publishHome } from '../../slack-api/publish-home.ts';
import { type AppDeps, depsForRequest } from '../deps.ts';

/** The fields of app_home_opened the bot reads. */
const ZAppHomeOpened = z.object({
  user: z.string().min(1),
  tab: z.string().optional(),
});

/**
 * Opening the bot's Home tab shows "My deploys": what the person owes first, then where they hold a role, their
 * own deployments, failing probes, the workspace's last 30 days and the other open deployments. The core remembers
 * the opening, so a later change that concerns them republishes it (the outbox, with the view's hash). Events are
 * acked by Bolt before the listener runs; the view is published after.
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
    const user = opened.data.user;
    await publishHome(
      deps.client,
      user,
      async () => {
        const page = await deps.core.home(teamId.data, user);
        return { view: renderHome(page.home, deps.now()), viewHash: page.viewHash };
      },
      (viewHash) => deps.core.homePublished(teamId.data, user, viewHash),
    );
  });
}
