import { z } from 'zod';
import type { PrometheusSources } from './prometheus-source.ts';

/** How probes may run; the bot's config and the CLI both build this from the same environment variables. */
export type ProbeSettings = {
  /** Let probes reach loopback, private, link-local, CGNAT and unique-local addresses (not cloud metadata). */
  allowPrivate: boolean;
  /** Host names probes may reach whatever they resolve to, metadata addresses included. */
  allowedHosts: string[];
  /** Budget of one probe, retry included. */
  timeoutMs: number;
  /** Budget of a whole run; probes still running then are reported inconclusive. */
  deadlineMs: number;
  /** PEM file of extra CA certificates trusted besides the system roots (an internal CA). */
  caFile?: string;
  /** Metrics stores promql probes query, by name (`prometheus` for PROMETHEUS_URL). */
  prometheus?: PrometheusSources;
};

export const DEFAULT_PROBE_SETTINGS: ProbeSettings = {
  allowPrivate: false,
  allowedHosts: [],
  timeoutMs: 10_000,
  deadlineMs: 30_000,
};

/** A yes/no environment variable. */
export const ZFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { message: 'write true or false' })
  .transform((text) => ['true', '1', 'yes'].includes(text));
const ZMs = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'write a whole number of milliseconds, e.g. 10000')
    .transform(Number)
    .pipe(z.number().int().min(100).max(600_000))
    .optional()
    .transform((value) => value ?? fallback);

/** The PROBE_* environment variables; exported so the bot's config can parse them the same way. */
export const ZProbeEnv = z.object({
  PROBE_ALLOW_PRIVATE: ZFlag.optional().transform((value) => value ?? false),
  PROBE_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter((host) => host.length > 0),
    ),
  PROBE_TIMEOUT_MS: ZMs(DEFAULT_PROBE_SETTINGS.timeoutMs),
  PROBE_DEADLINE_MS: ZMs(DEFAULT_PROBE_SETTINGS.deadlineMs),
  PROBE_CA_FILE: z
    .string()
    .optional()
    .transform((path) => (path?.trim() ? path.trim() : undefined)),
});

export class ProbeSettingsError extends Error {}

/** Reads the PROBE_* variables; throws ProbeSettingsError naming the variable when one is malformed. */
export function probeSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): ProbeSettings {
  const result = ZProbeEnv.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ProbeSettingsError(`${String(issue?.path[0] ?? 'PROBE_*')}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = result.data;
  return {
    allowPrivate: parsed.PROBE_ALLOW_PRIVATE,
    allowedHosts: parsed.PROBE_ALLOWED_HOSTS,
    timeoutMs: parsed.PROBE_TIMEOUT_MS,
    deadlineMs: parsed.PROBE_DEADLINE_MS,
    ...(parsed.PROBE_CA_FILE ? { caFile: parsed.PROBE_CA_FILE } : {}),
  };
}
