import type { CheckInAnswer, VerificationRecord } from './deployment.ts';

/**
 * What a change tells the thread, as data: who did what, with the words people typed kept apart from ours. Rendered
 * into a message by render/render-notice.ts when the outbox posts it.
 */
export type Notice =
  | { kind: 'sign-off-stale'; userId: string; roleTitle: string; reason: string }
  | { kind: 'signed-off'; roleTitle: string; userId: string; note: string | null }
  | { kind: 'sign-off-rejected'; ownerId: string; roleTitle: string; userId: string; reason: string }
  | {
      kind: 'went-live';
      service: string;
      version: string;
      environment: string;
      userId: string;
      /** Set when the owner went live without the quorum: the reason and what was still open. */
      override?: { reason: string; blockers: string[] };
    }
  | {
      kind: 'verified';
      userId: string;
      roleTitle: string;
      issues: VerificationRecord['issues'];
      status: VerificationRecord['status'];
      note: string | null;
    }
  | { kind: 'rollback-required'; ownerId: string }
  | { kind: 'verified-stable' }
  | { kind: 'version-changed'; from: string; to: string; userId: string }
  /** A probe run's report, drawn by render/render-probe-report.ts when the run ended (its evidence is not kept whole). */
  | { kind: 'probe-report'; text: string }
  | {
      kind: 'check-in-answered';
      checkInTitle: string;
      userId: string;
      answer: Exclude<CheckInAnswer, 'skipped'>;
      note: string | null;
    }
  | { kind: 'major-issues'; ownerId: string }
  | { kind: 'closed-by-last-check-in' }
  | { kind: 'check-in-snoozed'; checkInTitle: string; userId: string }
  | { kind: 'check-ins-stopped'; userId: string; reason: string }
  | { kind: 'rollback-started'; userId: string; reason: string; people: string[]; rollbackItems: string[] }
  | { kind: 'rollback-completed'; userId: string }
  | { kind: 'marked-stable'; userId: string }
  | { kind: 'cancelled'; userId: string; reason: string }
  /** What a pipeline reported through the API (its token's name is the user). */
  | {
      kind: 'pipeline-reported';
      userId: string;
      outcome: 'deployed' | 'failed' | 'note';
      message: string;
      url: string | null;
    };
