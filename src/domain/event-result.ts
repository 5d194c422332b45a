import type { Deployment } from './deployment.ts';
import type { FollowUpJob } from './follow-up-job.ts';
import type { Notice } from './notice.ts';

export type AuditEntry = { actor: string; action: string; itemKey?: string; data?: Record<string, unknown> };

/** A message of the deployment that must be re-rendered from stored state after the change. */
export type RenderTarget = { kind: 'card' } | { kind: 'phase'; phaseKey: string };

/** Why a change was not made: a stable code for programs, words for the person who asked. */
export type Refusal = { ok: false; code: string; userMessage: string };

/** What a surface learns from a change it asked for: stored, or refused and why. */
export type ChangeOutcome = { ok: true } | Refusal;

export type EventResult =
  | {
      ok: true;
      deployment: Deployment;
      audit: AuditEntry[];
      render: RenderTarget[];
      /** What to tell the thread (pings, notices), as data: rendered when posted (render/render-notice.ts). */
      notices: Notice[];
      /** Work the change schedules (set by applyEvent from the event; see follow-ups.ts). */
      jobs?: FollowUpJob[];
      /** Kinds of pending work the change makes pointless (set by applyEvent). */
      cancelKinds?: string[];
    }
  | Refusal;

export const CARD: RenderTarget = { kind: 'card' };

/** The least a reason must say (go-live override, rollback, stopping check-ins): a few words, not a shrug. */
export const MIN_REASON_LENGTH = 10;

/** How the minimum is worded wherever a reason is asked for. */
export const REASON_HINT = `(at least ${MIN_REASON_LENGTH} characters)`;

/** Whether a reason says enough: the one rule behind every "why?" the bot asks. */
export function hasReason(text: string | undefined | null): boolean {
  return (text?.trim().length ?? 0) >= MIN_REASON_LENGTH;
}

export function refuse(code: string, userMessage: string): Refusal {
  return { ok: false, code, userMessage };
}

export function unchanged(deployment: Deployment): EventResult {
  return { ok: true, deployment, audit: [], render: [], notices: [] };
}
