import { buildStats, type DeploymentStats, type StatsQuery, windowStart } from '../domain/stats.ts';
import { loadStatsAggregates } from '../store/stats-queries.ts';
import type { Store } from '../store/store.ts';

/**
 * The figures of the deployments started in the last `days` days (one service, or all): the slash command, the CLI
 * and the HTTP API all ask this. The database aggregates; the domain turns the aggregates into figures.
 */
export async function deploymentStats(
  store: Pick<Store, 'db'>,
  query: StatsQuery,
  now: Date,
): Promise<DeploymentStats> {
  const aggregates = await loadStatsAggregates(store.db, query, windowStart(now, query.days));
  return buildStats(query, now, aggregates);
}
