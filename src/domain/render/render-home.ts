import type { KnownBlock, View } from '@slack/types';
import type { HomeEntry } from '../home.ts';
import { escapeMrkdwn, mentionUser, progressBar, slackDate, truncate } from './mrkdwn.ts';
import { deploymentTitle, STATUS_LABEL } from './render-summary-card.ts';

/** A Home tab holds at most 100 blocks: two per deployment, plus the header and footer. */
export const MAX_HOME_ENTRIES = 45;

/** The bot's Home tab for one person: open deployments, theirs and those waiting for their sign-off first. */
export function renderHome(entries: readonly HomeEntry[], now: Date): View {
  const shown = entries.slice(0, MAX_HOME_ENTRIES);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Open deployments', emoji: true } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${entries.length} open · updated ${slackDate(now, '{date_short_pretty} at {time}')} · start one with \`/deploy-checklist start <service> <version> [env]\``,
        },
      ],
    },
  ];
  if (entries.length === 0)
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'No open deployments. Run `/deploy-checklist start payments-api v2.4.1 production` in a channel to open one.',
      },
    });
  for (const entry of shown) blocks.push({ type: 'divider' }, entrySection(entry));
  if (entries.length > shown.length)
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `…and ${entries.length - shown.length} more. \`/deploy-checklist list\` in a channel lists its own.`,
        },
      ],
    });
  return { type: 'home', blocks };
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
  return {
    type: 'section',
    block_id: `home:${entry.id}`,
    text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) },
  };
}
