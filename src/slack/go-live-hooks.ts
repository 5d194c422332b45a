import type { FollowUp } from '../store/deployment-repository.ts';

/** What other features schedule in the go-live transaction (check-ins, rollback reminders). */
export type GoLiveHooks = { followUps?: FollowUp };
