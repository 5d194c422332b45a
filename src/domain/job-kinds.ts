/** Every kind of job the worker runs: Slack effects (the outbox) and scheduled work. One name, one handler. */
export const JOB = {
  postCard: 'post-card',
  postPhases: 'post-phases',
  /** Re-render every message of a deployment from stored state; unchanged ones are not sent. */
  render: 'render',
  postThreadMessage: 'post-thread-message',
  runProbes: 'run-probes',
  baselineProbes: 'baseline-probes',
  checkIn: 'check-in',
  escalation: 'check-in-escalation',
  rollbackReminder: 'rollback-reminder',
  /** The deployment's report (HTML) uploaded into its thread as a file. */
  uploadReport: 'upload-report',
  /** One person's Home tab republished (views.publish with the last hash) after a change that concerns them. */
  publishHome: 'publish-home',
} as const;

/** Scheduled work that only makes sense while check-ins are on. */
export const CHECK_IN_JOB_KINDS: string[] = [JOB.checkIn, JOB.escalation];
/** Scheduled work that only makes sense while a live deployment is being verified. */
export const VERIFICATION_JOB_KINDS: string[] = [...CHECK_IN_JOB_KINDS, JOB.rollbackReminder];
