import { type Deployment, isClosed, itemState, type PhaseProgress, phaseProgress } from './deployment.ts';
import { roleViews } from './sign-off.ts';
import type { DeploymentStats } from './stats.ts';

/** One open deployment as a person sees it on the bot's Home tab. */
export type HomeEntry = Pick<
  Deployment,
  'id' | 'service' | 'version' | 'environment' | 'status' | 'ownerId' | 'channelId' | 'threadTs'
> & {
  phases: PhaseProgress[];
  /** Titles of the roles this person holds that still need a sign-off (none given, or the last one went stale). */
  awaitingYou: string[];
  /** Titles of the check-ins posted and not answered that ask this person (as owner or a mentioned role). */
  checkInsAskingYou: string[];
  /** Titles of the roles this person holds on it. */
  yourRoles: string[];
  yours: boolean;
};

/** An item whose last probe run failed, on a deployment the person owns or holds a role on. */
export type FailingProbe = {
  deployment: Pick<HomeEntry, 'id' | 'service' | 'version' | 'environment' | 'channelId' | 'threadTs'>;
  itemText: string;
  summary: string;
  at: Date;
};

/**
 * "My deploys": what the person owes first (sign-offs waiting for them, check-ins asking them), then the
 * deployments where they hold a role, their own, the probes failing across those, the workspace's figures for the
 * last 30 days, and the other open deployments. A deployment appears in the first section that holds it.
 */
export type MyHome = {
  owe: HomeEntry[];
  roles: HomeEntry[];
  own: HomeEntry[];
  failingProbes: FailingProbe[];
  figures: DeploymentStats | null;
  others: HomeEntry[];
};

export function homeEntry(deployment: Deployment, userId: string): HomeEntry {
  const { id, service, version, environment, status, ownerId, channelId, threadTs } = deployment;
  const views = roleViews(deployment).filter((view) => view.assignees.includes(userId));
  const awaitingYou = views
    .filter((view) => view.status === 'awaiting' || view.status === 'stale')
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
    checkInsAskingYou: checkInsAsking(deployment, userId),
    yourRoles: views.map((view) => view.role.title),
    yours: ownerId === userId,
  };
}

/** Check-ins posted and not answered whose question goes to this person: the owner, or a role it mentions. */
export function checkInsAsking(deployment: Deployment, userId: string): string[] {
  return deployment.template.checkIns
    .filter((checkIn) => {
      const state = deployment.checkIns[checkIn.key];
      if (!state?.sentAt || state.answeredAt) return false;
      return (
        deployment.ownerId === userId ||
        checkIn.mention.some((roleKey) => (deployment.roles[roleKey] ?? []).includes(userId))
      );
    })
    .map((checkIn) => checkIn.title);
}

/** Open deployments as one person's Home lists them: newest first within each section (the store's order). */
export function myHome(deployments: readonly Deployment[], userId: string, figures: DeploymentStats | null): MyHome {
  const open = deployments.filter((deployment) => !isClosed(deployment));
  const home: MyHome = { owe: [], roles: [], own: [], failingProbes: [], figures, others: [] };
  for (const deployment of open) {
    const entry = homeEntry(deployment, userId);
    if (entry.awaitingYou.length > 0 || entry.checkInsAskingYou.length > 0) home.owe.push(entry);
    else if (entry.yourRoles.length > 0) home.roles.push(entry);
    else if (entry.yours) home.own.push(entry);
    else home.others.push(entry);
    if (entry.yours || entry.yourRoles.length > 0) home.failingProbes.push(...failingProbes(deployment));
  }
  return home;
}

function failingProbes(deployment: Deployment): FailingProbe[] {
  const { id, service, version, environment, channelId, threadTs } = deployment;
  return deployment.template.phases.flatMap((phase) =>
    phase.items.flatMap((item) => {
      const evidence = itemState(deployment, item.key).evidence;
      return item.probe && evidence?.outcome === 'fail'
        ? [
            {
              deployment: { id, service, version, environment, channelId, threadTs },
              itemText: item.text,
              summary: evidence.summary,
              at: evidence.at,
            },
          ]
        : [];
    }),
  );
}

/** Everyone a deployment concerns on their Home: its owner and every assignee. */
export function peopleOf(deployment: Deployment): string[] {
  return [...new Set([deployment.ownerId, ...Object.values(deployment.roles).flat()])];
}
