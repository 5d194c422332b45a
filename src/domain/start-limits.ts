import { type Refusal, refuse } from './event-result.ts';

/** How many deployments one channel may hold open, and one person may start a minute (START_LIMIT_*). */
export type StartLimits = { openPerChannel: number; startsPerPersonPerMinute: number };

/** What the store counted just before a start. */
export type StartCounts = { openInChannel: number; startedByPersonLastMinute: number };

/**
 * Bounds a flood of starts (a script, a stuck key, a hostile user): each would open a thread and queue several
 * posts the channel then waits through. The defaults sit far above what a team does by hand.
 */
export function startLimitRefusal(counts: StartCounts, limits: StartLimits): Refusal | undefined {
  if (counts.openInChannel >= limits.openPerChannel)
    return refuse(
      'too-many-open-deployments',
      `This channel already has ${counts.openInChannel} open deployments, the most it may hold (START_LIMIT_OPEN_PER_CHANNEL). Finish or cancel some first: \`/deploy-checklist list\` shows them.`,
    );
  if (counts.startedByPersonLastMinute >= limits.startsPerPersonPerMinute)
    return refuse(
      'too-many-starts',
      `You started ${counts.startedByPersonLastMinute} deployments in the last minute, the most allowed (START_LIMIT_PER_PERSON_PER_MINUTE). Wait a minute and try again.`,
    );
  return undefined;
}
