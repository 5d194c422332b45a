import { z } from 'zod';

/** Every action id the bot listens to. One listener per id (Bolt runs every matching listener). */
export const ACTION = {
  tickItem: 'tick-item',
  runProbes: 'run-probes',
  assignRoles: 'assign-roles',
  signOff: 'sign-off',
  goLive: 'go-live',
  goLiveOverride: 'go-live-override',
  startRollback: 'start-rollback',
  completeRollback: 'complete-rollback',
  checkInAnswer: 'check-in-answer',
  setEndpoint: 'set-endpoint',
  verify: 'verify',
  markStable: 'mark-stable',
  uploadReport: 'upload-report',
} as const;

/** Modal callback ids. */
export const VIEW = {
  assignRoles: 'assign-roles-modal',
  signOff: 'sign-off-modal',
  goLiveOverride: 'go-live-override-modal',
  startRollback: 'start-rollback-modal',
  checkInIssues: 'check-in-issues-modal',
  stopCheckIns: 'stop-check-ins-modal',
  verify: 'verify-modal',
  setEndpoint: 'set-endpoint-modal',
} as const;

/**
 * Button values are versioned JSON so an old message still parses after an upgrade (or is refused clearly).
 * Kept short: Slack caps a value at 2000 characters.
 */
export const ZItemButtonValue = z.object({
  v: z.literal(1),
  d: z.string().min(1).max(64),
  i: z.string(),
  to: z.boolean(),
});
export type ItemButtonValue = z.infer<typeof ZItemButtonValue>;

export const ZDeploymentButtonValue = z.object({ v: z.literal(1), d: z.string().min(1).max(64) });
export type DeploymentButtonValue = z.infer<typeof ZDeploymentButtonValue>;

/** Run probes: on the card (all probes) or on a phase (`p`, that phase's probes). */
export const ZProbeButtonValue = z.object({
  v: z.literal(1),
  d: z.string().min(1).max(64),
  p: z.string().max(64).optional(),
});

/** A check-in's buttons carry its key. */
export const ZCheckInButtonValue = z.object({
  v: z.literal(1),
  d: z.string().min(1).max(64),
  k: z.string().min(1).max(64),
});

/** Modal private_metadata: which deployment the modal belongs to. */
export const ZModalMetadata = z.object({
  v: z.literal(1),
  d: z.string().min(1).max(64),
  k: z.string().max(64).optional(),
});
export type ModalMetadata = z.infer<typeof ZModalMetadata>;

export function buttonValue(value: ItemButtonValue | DeploymentButtonValue | Record<string, unknown>): string {
  return JSON.stringify(value);
}

/** Parses a button value with a schema; undefined when it is not ours or not this version. */
export function parseButtonValue<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    const result = schema.safeParse(JSON.parse(raw));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
