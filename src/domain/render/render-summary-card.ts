import type { KnownBlock } from '@slack/types';
import { blockingItems, type Deployment, phaseProgress } from '../deployment.ts';
import { pipelineFailureLine } from '../pipeline-event.ts';
import { buttonsFor } from './button.ts';
import type { CardSection } from './card-section.ts';
import { ACTION, buttonValue } from './ids.ts';
import type { SlackMessagePayload } from './message.ts';
import { detailsLink, escapeMrkdwn, mentionUser, personText, progressBar, slackDate, truncate } from './mrkdwn.ts';
import { renderGoLiveSection, renderRolesSection } from './render-sign-offs.ts';

export const STATUS_LABEL: Record<Deployment['status'], string> = {
  planning: ':memo: Planning',
  'in-progress': ':construction: In progress',
  deployed: ':rocket: Deployed',
  verifying: ':mag: Verifying',
  stable: ':white_check_mark: Stable',
  'rolling-back': ':rewind: Rolling back',
  'rolled-back': ':leftwards_arrow_with_hook: Rolled back',
  cancelled: ':no_entry_sign: Cancelled',
};

/** Extra lines other parts of the bot contribute to the card (sign-offs, probes, check-ins), already mrkdwn. */
export type { CardSection };

const MAX_BLOCKING_SHOWN = 8;

export function deploymentTitle(deployment: Pick<Deployment, 'service' | 'version' | 'environment'>): string {
  return `${deployment.service} ${deployment.version} → ${deployment.environment}`;
}

/** The thread parent: everything a release manager needs at a glance, re-rendered from stored state. */
export function renderSummaryCard(
  deployment: Deployment,
  sections: readonly CardSection[] = [],
  now?: Date,
): SlackMessagePayload {
  const title = deploymentTitle(deployment);
  const progress = phaseProgress(deployment);
  const blocking = blockingItems(deployment);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`Deployment: ${title}`, 150), emoji: true } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Service*\n${escapeMrkdwn(deployment.service)}` },
        { type: 'mrkdwn', text: `*Version*\n${escapeMrkdwn(deployment.version)}` },
        { type: 'mrkdwn', text: `*Environment*\n${escapeMrkdwn(deployment.environment)}` },
        { type: 'mrkdwn', text: `*Owner*\n${mentionUser(deployment.ownerId)}` },
        { type: 'mrkdwn', text: `*Status*\n${STATUS_LABEL[deployment.status]}` },
        { type: 'mrkdwn', text: `*Template*\n${escapeMrkdwn(deployment.templateName)}` },
      ],
    },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(
          progress
            .map((p) => `\`${progressBar(p.done, p.total)}\` *${escapeMrkdwn(p.title)}* ${p.done}/${p.total}`)
            .join('\n'),
          3000,
        ),
      },
    },
  ];
  const blockingLines =
    blocking.length === 0
      ? [':white_check_mark: No required pre-deployment item is open.']
      : [
          ...blocking.slice(0, MAX_BLOCKING_SHOWN).map((item) => `• ${escapeMrkdwn(truncate(item.text, 200))}`),
          ...(blocking.length > MAX_BLOCKING_SHOWN ? [`…and ${blocking.length - MAX_BLOCKING_SHOWN} more`] : []),
        ];
  const failure = pipelineFailureLine(deployment);
  const allSections: CardSection[] = [
    ...(failure ? [{ title: 'Pipeline', lines: [failure] }] : []),
    { title: `Blocking items (${blocking.length})`, lines: blockingLines },
    ...[renderRolesSection(deployment), renderGoLiveSection(deployment)].filter(
      (s): s is CardSection => s !== undefined,
    ),
    ...sections,
  ];
  for (const section of allSections) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(`*${section.title}*\n${section.lines.join('\n')}`, 3000) },
    });
  }
  const endpoint = deployment.endpoints.url;
  const context = [
    `Started by ${mentionUser(deployment.ownerId)} ${slackDate(deployment.createdAt)}`,
    endpoint ? `URL: ${personText(endpoint)}` : 'No URL set: start with `--url https://…` to run probes',
  ];
  if (deployment.goLiveAt) context.push(`Live since ${slackDate(deployment.goLiveAt)}`);
  if (deployment.pipeline?.commit) context.push(`Commit \`${escapeMrkdwn(deployment.pipeline.commit.slice(0, 40))}\``);
  if (deployment.pipeline?.pipelineUrl) context.push(`Pipeline: ${detailsLink(deployment.pipeline.pipelineUrl)}`);
  if (now) context.push(`Updated ${slackDate(now)}`);
  blocks.push({ type: 'context', elements: context.map((text) => ({ type: 'mrkdwn', text })) });
  const actions = cardActions(deployment);
  if (actions.length > 0) blocks.push({ type: 'actions', block_id: 'card-actions', elements: actions });
  const done = progress.reduce((sum, p) => sum + p.done, 0);
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  return {
    text: `Deployment ${title}: ${STATUS_LABEL[deployment.status].replace(/^:[a-z_]+: /, '')}, ${done}/${total} items done`,
    blocks,
  };
}

/** Card buttons by status: what can be done next, never a button without a listener; the report at every stage. */
export function cardActions(deployment: Deployment) {
  const button = buttonsFor(buttonValue({ v: 1, d: deployment.id }));
  return [...nextSteps(deployment, button), button(ACTION.uploadReport, 'Report')];
}

function nextSteps(deployment: Deployment, button: ReturnType<typeof buttonsFor>) {
  const hasProbes = deployment.template.phases.some((phase) => phase.items.some((item) => item.probe));
  const probes = hasProbes ? [button(ACTION.runProbes, 'Run probes'), button(ACTION.setEndpoint, 'Set URL')] : [];
  const hasRoles = deployment.template.roles.length > 0;
  switch (deployment.status) {
    case 'planning':
    case 'in-progress':
      return [
        ...probes,
        ...(hasRoles ? [button(ACTION.assignRoles, 'Assign roles'), button(ACTION.signOff, 'Sign off')] : []),
        button(ACTION.goLive, 'Go live', 'primary'),
      ];
    case 'deployed':
    case 'verifying':
      return [
        ...probes,
        ...(hasRoles ? [button(ACTION.verify, 'Verify')] : []),
        button(ACTION.markStable, 'Mark stable', 'primary'),
        button(ACTION.startRollback, 'Start rollback', 'danger'),
      ];
    case 'rolling-back':
      return [button(ACTION.completeRollback, 'Rollback complete', 'primary')];
    default:
      return [];
  }
}
