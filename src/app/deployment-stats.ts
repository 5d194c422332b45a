import { buildStats, type DeploymentStats, type StatsQuery, windowStart } from '../domain/stats.ts';
import type { Store } from '../store/store.ts';

/**
 * The figures of the deployments started in the last `days` days (one service, or all): the slash command, the CLI
 * and the HTTP API all ask this. The database aggregates; the domain turns the aggregates into figures.
 */
export async function deploymentStats(
  store: Pick<Store, 'statsAggregates'>,
  query: StatsQuery,
  now: Date,
): Promise<DeploymentStats> {
  const aggregates = await store.statsAggregates(query, windowStart(now, query.days));
  return buildStats(query, now, aggregates);
}
