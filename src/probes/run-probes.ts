import { lookup as dnsLookup } from 'node:dns/promises';
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { inconclusiveResult } from './define-probe.ts';
import { abortText, errorMessage } from './probe-errors.ts';
import type { ProbeSettings } from './probe-settings.ts';
import { PROBES } from './registry.ts';
import { createTargetGuard } from './target-guard.ts';
import type { LookupFn, ProbeContext, ProbeResult, ResolvedProbeSpec } from './types.ts';

export type ProbeRequest = { id: string; spec: ResolvedProbeSpec };
export type RunProbesOptions = {
  settings: ProbeSettings;
  signal?: AbortSignal;
  now?: () => Date;
  /** Replaces the system resolver (tests fake DNS with it). */
  lookup?: LookupFn;
};

// Enough to run a whole checklist's probes at once without opening hundreds of sockets from a two-core bot.
const MAX_CONCURRENT = 16;

/** Why a probe was stopped; its message becomes the inconclusive result's reason. */
class ProbeBudgetError extends Error {
  override name = 'ProbeBudgetError';
}

/**
 * Runs probes concurrently, each within `timeoutMs` and all within `deadlineMs` (or until `signal` aborts).
 * Never throws for a probe: a probe that fails, errs or runs out of time is a result like any other.
 */
export async function runProbes(
  requests: ReadonlyArray<ProbeRequest>,
  options: RunProbesOptions,
): Promise<Array<{ id: string; result: ProbeResult }>> {
  const { settings } = options;
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new ProbeBudgetError(`not finished within the run's deadline of ${settings.deadlineMs} ms (PROBE_DEADLINE_MS)`),
      ),
    settings.deadlineMs,
  );
  const overall = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  // Every running probe listens to the run's signal; a checklist's worth is expected, not a leak.
  setMaxListeners(requests.length + 10, overall);
  try {
    const ca = await readCa(settings.caFile);
    if (typeof ca === 'object' && 'error' in ca) {
      return requests.map(({ id, spec }) => ({ id, result: inconclusiveResult(spec, ca.error, 0, 0) }));
    }
    const shared = {
      guard: createTargetGuard({
        allowPrivate: settings.allowPrivate,
        allowedHosts: settings.allowedHosts,
        lookup: options.lookup ?? dnsLookup,
      }),
      lookup: options.lookup ?? dnsLookup,
      now: options.now ?? (() => new Date()),
      timeoutMs: settings.timeoutMs,
      ...(ca ? { ca } : {}),
      ...(settings.prometheus ? { prometheus: settings.prometheus } : {}),
    };
    return await mapConcurrent(requests, MAX_CONCURRENT, async ({ id, spec }) => ({
      id,
      result: await runOne(spec, shared, overall),
    }));
  } finally {
    clearTimeout(timer);
  }
}

async function runOne(
  spec: ResolvedProbeSpec,
  shared: Omit<ProbeContext, 'signal'>,
  overall: AbortSignal,
): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const probe = PROBES[spec.kind];
  if (!probe) return inconclusiveResult(spec, `unknown probe kind "${String(spec.kind)}"`, 0, 0);
  const controller = new AbortController();
  // Requests in flight each listen (a rate-limit burst, exposure's paths in parallel).
  setMaxListeners(50, controller.signal);
  const timer = setTimeout(
    () => controller.abort(new ProbeBudgetError(`timed out after ${shared.timeoutMs} ms (PROBE_TIMEOUT_MS)`)),
    shared.timeoutMs,
  );
  const forward = () => controller.abort(overall.reason);
  if (overall.aborted) forward();
  else overall.addEventListener('abort', forward, { once: true });
  try {
    // The race bounds the wait even for a probe that ignores its signal; it still gets the abort to clean up.
    return await Promise.race([
      probe(spec, { ...shared, signal: controller.signal }),
      abortion(controller.signal).then((reason) => inconclusiveResult(spec, abortText(reason), elapsed(), 1)),
    ]);
  } catch (error) {
    return inconclusiveResult(spec, `probe error: ${errorMessage(error)}`, elapsed(), 1);
  } finally {
    clearTimeout(timer);
    overall.removeEventListener('abort', forward);
  }
}

function abortion(signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(signal.reason);
    else signal.addEventListener('abort', () => resolve(signal.reason), { once: true });
  });
}

async function readCa(caFile: string | undefined): Promise<Buffer | undefined | { error: string }> {
  if (!caFile) return undefined;
  try {
    return await readFile(caFile);
  } catch (error) {
    return { error: `cannot read the CA file ${caFile} (PROBE_CA_FILE): ${errorMessage(error)}` };
  }
}

async function mapConcurrent<T, R>(items: ReadonlyArray<T>, limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await map(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
