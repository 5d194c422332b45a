import type { KnownBlock, View } from '@slack/types';
import { formatDuration } from '../duration.ts';
import type { FailingProbe, HomeEntry, MyHome } from '../home.ts';
import { escapeMrkdwn, mentionUser, progressBar, slackDate, truncate } from './mrkdwn.ts';
import { deploymentTitle, STATUS_LABEL } from './render-summary-card.ts';

/**
 * A Home tab holds at most 100 blocks: one per deployment, a divider and a heading per section (six), the header,
 * its context line and a "more" line per section leave room for 45 deployments in all.
 */
export const MAX_HOME_ENTRIES = 45;
/** Failing probes listed (one section; each line is short). */
const MAX_FAILING_PROBES = 10;

const SECTIONS: Array<{ key: 'owe' | 'roles' | 'own' | 'others'; title: string }> = [
  { key: 'owe', title: ':raising_hand: Waiting for you' },
  { key: 'roles', title: ':busts_in_silhouette: Where you hold a role' },
  { key: 'own', title: ':rocket: Your deployments' },
  { key: 'others', title: ':card_index: Other open deployments' },
];

/**
 * "My deploys" for one person: what they owe first (sign-offs, check-ins), then the deployments where they hold a
 * role, their own, the probes failing across those, the workspace's last 30 days, and the rest of the open ones.
 */
export function renderHome(home: MyHome, now: Date): View {
  const open = home.owe.length + home.roles.length + home.own.length + home.others.length;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'My deploys', emoji: true } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Open deployments in this workspace: ${open} · updated ${slackDate(now, '{date_short_pretty} at {time}')} · start one with \`/deploy-checklist start <service> <version> [env]\``,
        },
      ],
    },
  ];
  let room = MAX_HOME_ENTRIES;
  const listed = (key: (typeof SECTIONS)[number]['key'], title: string) => {
    const entries = home[key];
    if (entries.length === 0) return;
    blocks.push({ type: 'divider' }, heading(`${title} (${entries.length})`));
    const shown = entries.slice(0, Math.max(0, room));
    room -= shown.length;
    for (const entry of shown) blocks.push(entrySection(entry));
    if (shown.length < entries.length)
      blocks.push(
        contextLine(
          `…and ${entries.length - shown.length} more. \`/deploy-checklist list\` in a channel lists its own.`,
        ),
      );
  };
  for (const section of SECTIONS.slice(0, 3)) listed(section.key, section.title);
  if (home.failingProbes.length > 0) {
    blocks.push({ type: 'divider' }, heading(`:x: Failing probes (${home.failingProbes.length})`));
    blocks.push(failingSection(home.failingProbes));
  }
  if (home.figures) {
    blocks.push({ type: 'divider' }, heading(':bar_chart: The last 30 days in this workspace'));
    blocks.push(figuresSection(home.figures));
  }
  if (open === 0)
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'No open deployments. Run `/deploy-checklist start payments-api v2.4.1 production` in a channel to open one.',
      },
    });
  const others = SECTIONS[3];
  if (others) listed(others.key, others.title);
  return { type: 'home', blocks };
}

function heading(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: `*${text}*` } };
}

function contextLine(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function entrySection(entry: HomeEntry): KnownBlock {
  const done = entry.phases.reduce((sum, phase) => sum + phase.done, 0);
  const total = entry.phases.reduce((sum, phase) => sum + phase.total, 0);
  const lines = [
    `*${escapeMrkdwn(deploymentTitle(entry))}*  ${STATUS_LABEL[entry.status]}`,
    `<#${entry.channelId}> · owner ${mentionUser(entry.ownerId)}${entry.yours ? ' (you)' : ''}`,
    `\`${progressBar(done, total)}\` ${done}/${total} items`,
  ];
  if (entry.awaitingYou.length > 0)
    lines.push(`:raising_hand: *Waiting for your sign-off* as ${entry.awaitingYou.map(escapeMrkdwn).join(', ')}`);
  if (entry.checkInsAskingYou.length > 0)
    lines.push(`:speech_balloon: *Check-in asking you*: ${entry.checkInsAskingYou.map(escapeMrkdwn).join(', ')}`);
  if (entry.yourRoles.length > 0 && entry.awaitingYou.length === 0)
    lines.push(`Your role: ${entry.yourRoles.map(escapeMrkdwn).join(', ')}`);
  return {
    type: 'section',
    block_id: `home:${entry.id}`,
    text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) },
  };
}

function failingSection(probes: readonly FailingProbe[]): KnownBlock {
  const lines = probes
    .slice(0, MAX_FAILING_PROBES)
    .map(
      (probe) =>
        `• *${escapeMrkdwn(deploymentTitle(probe.deployment))}* in <#${probe.deployment.channelId}>: ${escapeMrkdwn(truncate(probe.itemText, 120))}: ${escapeMrkdwn(truncate(probe.summary, 160))} (${slackDate(probe.at, '{date_short_pretty} at {time}')})`,
    );
  if (probes.length > MAX_FAILING_PROBES) lines.push(`…and ${probes.length - MAX_FAILING_PROBES} more.`);
  return {
    type: 'section',
    block_id: 'home:failing-probes',
    text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) },
  };
}

function figuresSection(figures: NonNullable<MyHome['figures']>): KnownBlock {
  const d = figures.deployments;
  const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
  const lines =
    d.total === 0
      ? ['No deployment started in the last 30 days.']
      : [
          `${d.total} started: ${d.stable} stable, ${d.rolledBack} rolled back, ${d.cancelled} cancelled, ${d.open} open`,
          `Start to go-live: ${figures.timeToGoLive ? `p50 ${formatDuration(figures.timeToGoLive.p50Ms)}, p90 ${formatDuration(figures.timeToGoLive.p90Ms)}` : 'none went live'}`,
          `Rollback rate: ${figures.rollback.rate === null ? 'n/a' : percent(figures.rollback.rate)} · overrides: ${figures.overrides.count}`,
        ];
  lines.push('`/deploy-checklist stats` for the rest.');
  return { type: 'section', block_id: 'home:figures', text: { type: 'mrkdwn', text: lines.join('\n') } };
}
