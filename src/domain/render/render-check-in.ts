import type { KnownBlock } from '@slack/types';
import { type Deployment, itemState } from '../deployment.ts';
import { formatDuration } from '../duration.ts';
import { formatMetricCondition, formatMetricValue, parseMetricCondition } from '../metric-figure.ts';
import type { MetricReading, ProbeComparison } from '../probe-comparison.ts';
import type { CheckIn } from '../template.ts';
import { templateItems } from '../template.ts';
import { buttonsFor } from './button.ts';
import { ACTION, buttonValue } from './ids.ts';
import type { SlackMessagePayload } from './message.ts';
import { escapeMrkdwn, mentionUser, personText, slackDate, truncate } from './mrkdwn.ts';

/** Check-in buttons: one action id each (Slack refuses duplicates within a block). */
export const CHECK_IN_ACTION = {
  stable: 'check-in-stable',
  issues: 'check-in-issues',
  rollback: 'check-in-rollback',
  snooze30m: 'check-in-snooze-30m',
  snooze2h: 'check-in-snooze-2h',
  stop: 'check-in-stop',
} as const;
export const CHECK_IN_ACTION_PATTERN = /^check-in-(stable|issues|rollback|snooze-30m|snooze-2h|stop)$/;

export type CheckInView = {
  deployment: Deployment;
  checkIn: CheckIn;
  lateByMs: number;
  /** Earlier check-ins that fell due while the bot was down, with how late they are. */
  missed: Array<{ title: string; lateByMs: number }>;
  comparison: ProbeComparison | undefined;
  mentions: string[];
};

function itemText(deployment: Deployment, key: string): string {
  return templateItems(deployment.template).find(({ item }) => item.key === key)?.item.text ?? key;
}

export function renderComparison(deployment: Deployment, comparison: ProbeComparison): string[] {
  const name = (key: string) => escapeMrkdwn(truncate(itemText(deployment, key), 100));
  const lines: string[] = [];
  for (const key of comparison.newlyFailing) lines.push(`:red_circle: newly failing since go-live: *${name(key)}*`);
  for (const key of comparison.stillFailing) lines.push(`:red_circle: still failing: ${name(key)}`);
  for (const key of comparison.recovered) lines.push(`:large_green_circle: passing again: ${name(key)}`);
  if (lines.length === 0) lines.push(':large_green_circle: no probe changed outcome since go-live');
  for (const c of comparison.certificates)
    lines.push(`:lock: certificate days left: ${c.atGoLive ?? '?'} at go-live → ${c.now} now (${name(c.itemKey)})`);
  for (const l of comparison.latency)
    lines.push(`:stopwatch: latency p95: ${l.atGoLive ?? '?'} ms at go-live → ${l.now} ms now (${name(l.itemKey)})`);
  for (const m of comparison.metrics) lines.push(renderMetricLine(m.now, m.atGoLive));
  return lines;
}

/** `0.3 % ✓`, or `no figure` when the store could not give one. */
function figure(reading: MetricReading): string {
  if (reading.value === null) return 'no figure';
  return `${formatMetricValue(reading.value, reading.unit)} ${reading.ok === false ? '✗' : '✓'}`;
}

/**
 * `✓ error rate 0.3 % (< 1 %) · at go-live 0.2 % ✓ · \`query\``: the figure first, then the go-live figure of
 * the same query, then the query itself so anyone can paste it into Prometheus.
 */
export function renderMetricLine(now: MetricReading, atGoLive: MetricReading | undefined): string {
  const condition = parseMetricCondition(now.condition);
  const threshold = condition ? formatMetricCondition(condition, now.unit) : now.condition;
  const mark = now.value === null ? ':grey_question:' : now.ok === false ? ':red_circle:' : ':large_green_circle:';
  const current =
    now.value === null
      ? `no figure now (${truncate(now.error ?? 'no data', 200)})`
      : `${formatMetricValue(now.value, now.unit)} ${now.ok === false ? '✗' : '✓'}`;
  const before = atGoLive ? ` · at go-live ${figure(atGoLive)}` : ' · no figure at go-live';
  const query = `\`${truncate(now.query.replace(/`/g, "'"), 300)}\``;
  return escapeMrkdwn(`${mark} *${now.label}* ${current} (${threshold})${before} · ${query}`);
}

/** The check-in question in the thread: what to look at, what the probes say now, and the answers. */
export function renderCheckInMessage(view: CheckInView): SlackMessagePayload {
  const { deployment, checkIn } = view;
  const late =
    view.lateByMs >= 60_000 ? ` (${formatDuration(view.lateByMs)} late: the bot was not running when it fell due)` : '';
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`Check-in: ${checkIn.title}`, 150), emoji: true } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(
          `${view.mentions.map(mentionUser).join(' ')} how is *${escapeMrkdwn(deployment.service)} ${escapeMrkdwn(deployment.version)}* doing, ${checkIn.after} after go-live?${late}`,
          3000,
        ),
      },
    },
  ];
  if (view.missed.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(
            `Missed while the bot was down: ${view.missed.map((m) => `${escapeMrkdwn(m.title)} (${formatDuration(m.lateByMs)} late)`).join(', ')}. This check-in covers them.`,
            3000,
          ),
        },
      ],
    });
  }
  if (checkIn.items.length > 0) {
    const lines = checkIn.items.map(
      (key) =>
        `${itemState(deployment, key).done ? ':white_check_mark:' : ':white_large_square:'} ${escapeMrkdwn(truncate(itemText(deployment, key), 200))}`,
    );
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*Look at*\n${lines.join('\n')}`, 3000) } });
  }
  if (view.comparison) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(
          `*Probes now vs. at go-live*\n${renderComparison(deployment, view.comparison).join('\n')}`,
          3000,
        ),
      },
    });
  }
  const value = buttonValue({ v: 1, d: deployment.id, k: checkIn.key });
  const button = buttonsFor(value);
  blocks.push({
    type: 'actions',
    block_id: `check-in:${checkIn.key}`,
    elements: [
      button(CHECK_IN_ACTION.stable, 'Stable', 'primary'),
      button(CHECK_IN_ACTION.issues, 'Issues…'),
      button(CHECK_IN_ACTION.rollback, 'Roll back…', 'danger'),
      button(CHECK_IN_ACTION.snooze30m, 'Snooze 30 min'),
      button(CHECK_IN_ACTION.snooze2h, 'Snooze 2 h'),
      button(CHECK_IN_ACTION.stop, 'Stop check-ins…'),
    ],
  });
  return { text: `Check-in ${checkIn.title} for ${deployment.service} ${deployment.version}${late}`, blocks };
}

/** The answered state replaces the buttons, so nobody answers an old check-in twice by accident. */
export function renderAnsweredCheckIn(
  view: Omit<CheckInView, 'mentions' | 'missed' | 'lateByMs' | 'comparison'>,
): SlackMessagePayload {
  const state = view.deployment.checkIns[view.checkIn.key];
  const answer = state?.answer ?? 'answered';
  const note = state?.note ? `: ${personText(state.note, 500)}` : '';
  const who = state?.answeredBy ? ` by ${mentionUser(state.answeredBy)}` : '';
  const when = state?.answeredAt ? ` ${slackDate(state.answeredAt)}` : '';
  return {
    text: `Check-in ${view.checkIn.title}: ${answer}`,
    blocks: [
      {
        type: 'header',
        text: { type: 'plain_text', text: truncate(`Check-in: ${view.checkIn.title}`, 150), emoji: true },
      },
      { type: 'section', text: { type: 'mrkdwn', text: truncate(`Answered *${answer}*${who}${when}${note}`, 3000) } },
    ],
  };
}

/** A rollback reminder: time since go-live, when the window closes, and the two ways out. */
export function renderRollbackReminder(
  deployment: Deployment,
  reminder: { windowClosesAt: Date; final: boolean; lateByMs: number },
  now: Date,
): SlackMessagePayload {
  const openFor = formatDuration(now.getTime() - (deployment.goLiveAt ?? now).getTime());
  const late =
    reminder.lateByMs >= 60_000 ? ` _(sent ${formatDuration(reminder.lateByMs)} late: the bot was not running)_` : '';
  const text = reminder.final
    ? `:hourglass: ${mentionUser(deployment.ownerId)} the rollback window of *${escapeMrkdwn(deployment.service)} ${escapeMrkdwn(deployment.version)}* closed ${slackDate(reminder.windowClosesAt)}; rolling back is no longer cheap. Mark it stable, or start a rollback if it must go.${late}`
    : `:hourglass_flowing_sand: ${mentionUser(deployment.ownerId)} verification of *${escapeMrkdwn(deployment.service)} ${escapeMrkdwn(deployment.version)}* open for ${openFor}; the rollback window closes ${slackDate(reminder.windowClosesAt)}.${late}`;
  const value = buttonValue({ v: 1, d: deployment.id });
  // The notification text is the section's own text: mentions and dates render there too (stripping them lost both).
  return {
    text: truncate(text, 3000),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(text, 3000) } },
      {
        type: 'actions',
        elements: [
          buttonsFor(value)(ACTION.markStable, 'Stable', 'primary'),
          buttonsFor(value)(ACTION.startRollback, 'Start rollback…', 'danger'),
        ],
      },
    ],
  };
}

/** The rollback procedure, posted at go-live so it is at hand while the release is verified. */
export function renderRollbackProcedure(deployment: Deployment): string {
  const steps = deployment.template.rollback.procedure;
  const items = deployment.template.phases.filter((p) => p.kind === 'rollback').flatMap((p) => p.items);
  const lines = [`:rewind: *Rollback plan* (window: ${deployment.template.rollback.window} after go-live)`];
  if (steps.length > 0) lines.push(...steps.map((step, i) => `${i + 1}. ${escapeMrkdwn(truncate(step, 400))}`));
  if (items.length > 0)
    lines.push(
      `Checklist: the *Rollback* phase in this thread (${items.length} item${items.length === 1 ? '' : 's'}).`,
    );
  if (steps.length === 0 && items.length === 0)
    lines.push('_This template has no rollback procedure: write one before you need it._');
  return truncate(lines.join('\n'), 3800);
}
