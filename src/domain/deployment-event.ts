import type { CheckInAnswer, ItemAttestation, SignOffDecision, VerificationRecord } from './deployment.ts';
import type { ProbeReportEntry } from './probe-report.ts';

// The events a deployment takes, in a file of their own: the rules that read them (authorize, follow-ups, the
// state machine) import this, not each other.

export const PIPELINE_EVENT_KINDS = ['deployed', 'failed', 'note'] as const;
export type PipelineEventKind = (typeof PIPELINE_EVENT_KINDS)[number];

/** After go-live: check-ins, their answers, rollback and closing. */
export type LifecycleEvent =
  | { type: 'check-in-sent'; actor: string; key: string; messageTs: string | null }
  | { type: 'check-in-escalated'; actor: string; key: string }
  | { type: 'check-in-answer'; actor: string; key: string; answer: Exclude<CheckInAnswer, 'skipped'>; note?: string }
  | { type: 'check-in-snooze'; actor: string; key: string; until: Date }
  | { type: 'stop-check-ins'; actor: string; reason: string }
  | { type: 'start-rollback'; actor: string; reason: string }
  | { type: 'complete-rollback'; actor: string }
  | { type: 'mark-stable'; actor: string }
  | { type: 'cancel'; actor: string; reason: string };

export type DeploymentEvent =
  | {
      type: 'set-item';
      actor: string;
      itemKey: string;
      done: boolean;
      /** A pipeline's words and evidence (the API); a person's click has neither. */
      note?: string;
      attestation?: ItemAttestation;
    }
  /** What a pipeline reports through the API: `failed` flags the card, the others are posted in the thread. */
  | { type: 'pipeline-event'; actor: string; kind: PipelineEventKind; message: string; url?: string }
  | { type: 'set-endpoint'; actor: string; name: string; url: string }
  | { type: 'assign-roles'; actor: string; assignments: Record<string, string[]> }
  | {
      type: 'sign-off';
      actor: string;
      id: string;
      roleKey: string;
      decision: SignOffDecision;
      reason?: string;
      note?: string;
    }
  | { type: 'go-live'; actor: string; override?: string }
  | {
      type: 'verify';
      actor: string;
      id: string;
      roleKey: string;
      issues: VerificationRecord['issues'];
      status: VerificationRecord['status'];
      note?: string;
    }
  | { type: 'set-version'; actor: string; version: string }
  | { type: 'probe-results'; actor: string; runId: string; entries: ProbeReportEntry[]; report: string }
  | LifecycleEvent;
