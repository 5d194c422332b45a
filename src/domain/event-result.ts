import type { Deployment } from './deployment.ts';

export type AuditEntry = { actor: string; action: string; itemKey?: string; data?: Record<string, unknown> };

/** A message of the deployment that must be re-rendered from stored state after the change. */
export type RenderTarget = { kind: 'card' } | { kind: 'phase'; phaseKey: string };

/** Why a change was not made: a stable code for programs, words for the person who asked. */
export type Refusal = { ok: false; code: string; userMessage: string };

export type EventResult =
  | {
      ok: true;
      deployment: Deployment;
      audit: AuditEntry[];
      render: RenderTarget[];
      /** mrkdwn messages to post in the thread (pings, notices). */
      messages: string[];
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
  return { ok: true, deployment, audit: [], render: [], messages: [] };
}
