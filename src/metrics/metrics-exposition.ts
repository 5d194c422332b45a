import { AggregatorRegistry, Registry } from 'prom-client';
import type { MainThreadMetrics } from './bot-metrics.ts';

/** A registry's series as plain data (`getMetricsAsJSON()`): what crosses from the core thread to the main one. */
export type MetricsSnapshot = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

export const METRICS_CONTENT_TYPE: string = Registry.PROMETHEUS_CONTENT_TYPE;

/**
 * The Prometheus text for GET /metrics: the main thread's series and the core's, merged by name (a series both
 * threads record, such as Web API calls, is summed), then the process metrics. Without a core snapshot (the core
 * thread is gone) the main thread's series are still served.
 */
export async function metricsExposition(main: MainThreadMetrics, core: MetricsSnapshot | undefined): Promise<string> {
  const snapshots = [await main.registry.getMetricsAsJSON(), ...(core ? [core] : [])];
  const merged = AggregatorRegistry.aggregate(snapshots);
  return `${await merged.metrics()}\n${await main.processRegistry.metrics()}`;
}
