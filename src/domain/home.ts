import { type Deployment, isClosed, type PhaseProgress, phaseProgress } from './deployment.ts';
import { roleViews } from './sign-off.ts';

/** One open deployment as a person sees it on the bot's Home tab. */
export type HomeEntry = Pick<
  Deployment,
  'id' | 'service' | 'version' | 'environment' | 'status' | 'ownerId' | 'channelId' | 'threadTs'
> & {
  phases: PhaseProgress[];
  /** Titles of the roles this person holds that still need a sign-off (none given, or the last one went stale). */
  awaitingYou: string[];
  yours: boolean;
};

/** What the Home tab shows one person: their own deployments and pending sign-offs first. */
export function homeEntries(deployments: readonly Deployment[], userId: string): HomeEntry[] {
  const entries = deployments
    .filter((deployment) => !isClosed(deployment))
    .map((deployment): HomeEntry => {
      const { id, service, version, environment, status, ownerId, channelId, threadTs } = deployment;
      const awaitingYou = roleViews(deployment)
        .filter((view) => view.assignees.includes(userId) && (view.status === 'awaiting' || view.status === 'stale'))
        .map((view) => view.role.title);
      return {
        id,
        service,
        version,
        environment,
        status,
        ownerId,
        channelId,
        threadTs,
        phases: phaseProgress(deployment),
        awaitingYou,
        yours: ownerId === userId,
      };
    });
  const rank = (entry: HomeEntry) => (entry.awaitingYou.length > 0 ? 0 : entry.yours ? 1 : 2);
  // Stable sort: within a rank the store's order (newest first) stays.
  return entries.sort((a, b) => rank(a) - rank(b));
}
