import type { ProbeKind } from '../../src/domain/probe-spec.ts';
import type { ProbeSettings } from '../../src/probes/probe-settings.ts';
import { type RunProbesOptions, runProbes } from '../../src/probes/run-probes.ts';
import { formatCondition, type ProbeResult } from '../../src/probes/types.ts';

/** Test servers listen on 127.0.0.1, so tests allow private addresses explicitly. */
export const LOCAL_SETTINGS: ProbeSettings = {
  allowPrivate: true,
  allowedHosts: [],
  timeoutMs: 5_000,
  deadlineMs: 10_000,
};

/** Runs one probe through the real runner (timeouts, retry, guard) and returns its result. */
export async function probeOnce(
  kind: ProbeKind,
  target: string,
  options: Record<string, unknown> = {},
  run: Omit<Partial<RunProbesOptions>, 'settings'> & { settings?: Partial<ProbeSettings> } = {},
): Promise<ProbeResult> {
  const [entry] = await runProbes([{ id: kind, spec: { kind, target, required: true, options } }], {
    ...run,
    settings: { ...LOCAL_SETTINGS, ...run.settings },
  });
  if (!entry) throw new Error('runProbes returned no result');
  return entry.result;
}

/** The failing conditions as an operator reads them. */
export function failing(result: ProbeResult): string[] {
  return result.conditions.filter((condition) => !condition.ok).map(formatCondition);
}

export function conditionTexts(result: ProbeResult): string[] {
  return result.conditions.map(formatCondition);
}
