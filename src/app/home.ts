import type { FollowUpJob } from '../domain/follow-up-job.ts';
import { type MyHome, myHome } from '../domain/home.ts';
import { JOB } from '../domain/job-kinds.ts';
import { DEFAULT_STATS_DAYS } from '../domain/stats.ts';
import type { Store } from '../store/store.ts';
import { deploymentStats } from './deployment-stats.ts';

/** One person's Home as data, and the hash of the view Slack last accepted for them (null before the first). */
export type HomePage = { home: MyHome; viewHash: string | null };

/** "My deploys": the workspace's open deployments as this person sees them, and its last 30 days' figures. */
export async function homeFor(store: Store, teamId: string, userId: string, now: Date): Promise<MyHome> {
  const [open, figures] = await Promise.all([
    store.deployments.listOpen(teamId),
    deploymentStats(store, { teamId, days: DEFAULT_STATS_DAYS }, now),
  ]);
  return myHome(open, userId, figures);
}

/** The person opened the Home tab: remembered (their Home is republished when what they hold changes). */
export async function openHome(store: Store, teamId: string, userId: string, now: Date): Promise<HomePage> {
  const viewer = await store.homeViewers.recordOpened(teamId, userId, now);
  viewersOf(store).known?.add(`${teamId}:${userId}`);
  return { home: await homeFor(store, teamId, userId, now), viewHash: viewer.viewHash };
}

/** The Home to republish after a change, or undefined for someone who never opened it. */
export async function homeToRepublish(
  store: Store,
  teamId: string,
  userId: string,
  now: Date,
): Promise<HomePage | undefined> {
  const viewer = await store.homeViewers.find(teamId, userId);
  if (!viewer) return undefined;
  return { home: await homeFor(store, teamId, userId, now), viewHash: viewer.viewHash };
}

export async function homePublished(store: Store, teamId: string, userId: string, viewHash: string, now: Date) {
  await store.homeViewers.recordPublished(teamId, userId, viewHash, now);
}

/** How long the list of people who opened the Home is trusted: another replica's openings show up within it. */
const VIEWERS_FRESH_MS = 30_000;

type ViewerCache = { known?: Set<string>; loadedAt: number };
const viewerCaches = new WeakMap<Store['homeViewers'], ViewerCache>();

function viewersOf(store: Pick<Store, 'homeViewers'>): ViewerCache {
  let cache = viewerCaches.get(store.homeViewers);
  if (!cache) {
    cache = { loadedAt: 0 };
    viewerCaches.set(store.homeViewers, cache);
  }
  return cache;
}

/**
 * Drops the Home republishing of people who never opened the Home, before a change's jobs are stored: most people
 * a change concerns never look at the Home tab, and a job each would be work for nothing. The list is read at most
 * every 30 s (an opening on this replica counts at once).
 */
export async function onlyOpenedHomes(
  store: Pick<Store, 'homeViewers'>,
  now: Date,
): Promise<(jobs: readonly FollowUpJob[]) => FollowUpJob[]> {
  const cache = viewersOf(store);
  if (!cache.known || now.getTime() - cache.loadedAt > VIEWERS_FRESH_MS || now.getTime() < cache.loadedAt) {
    cache.known = await store.homeViewers.list();
    cache.loadedAt = now.getTime();
  }
  const known = cache.known;
  return (jobs) =>
    jobs.filter((job) => job.kind !== JOB.publishHome || known.has(`${job.payload?.teamId}:${job.payload?.userId}`));
}
