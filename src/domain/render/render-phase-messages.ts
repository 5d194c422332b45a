import type { KnownBlock } from '@slack/types';
import { type Deployment, isClosed, itemState } from '../deployment.ts';
import { PROBE_ACTOR } from '../probe-report.ts';
import type { Item, Phase } from '../template.ts';
import { ACTION, buttonValue } from './ids.ts';
import { MAX_BLOCKS_PER_MESSAGE, type SlackMessagePayload } from './message.ts';
import { detailsLink, escapeMrkdwn, mentionUser, personText, slackDate, truncate } from './mrkdwn.ts';
import { renderInlineMarkdown } from './render-inline-markdown.ts';

/** Header, footer context and the actions row take three blocks; headings one each; the rest one per item. */
const RESERVED_BLOCKS = 3;

/** Which items of a phase go into which message: pages are cut before Slack's 50-block limit. */
export function paginatePhase(phase: Phase): Item[][] {
  const pages: Item[][] = [];
  let page: Item[] = [];
  let used = RESERVED_BLOCKS;
  let lastSection: string | undefined;
  for (const item of phase.items) {
    const needsHeading = item.section !== undefined && item.section !== lastSection;
    const cost = needsHeading ? 2 : 1;
    if (used + cost > MAX_BLOCKS_PER_MESSAGE && page.length > 0) {
      pages.push(page);
      page = [];
      used = RESERVED_BLOCKS + (item.section !== undefined ? 1 : 0);
      lastSection = item.section;
      page.push(item);
      used += 1;
      continue;
    }
    used += cost;
    lastSection = item.section;
    page.push(item);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export function phasePart(phaseKey: string, page: number): string {
  return `phase:${phaseKey}:${page}`;
}

/** One payload per page of the phase; each item carries a button that asks for the opposite of its state. */
export function renderPhaseMessages(deployment: Deployment, phase: Phase): SlackMessagePayload[] {
  const pages = paginatePhase(phase);
  const done = phase.items.filter((item) => itemState(deployment, item.key).done).length;
  const depth = itemDepths(phase);
  return pages.map((items, index) => {
    const pageLabel = pages.length > 1 ? ` (${index + 1}/${pages.length})` : '';
    const blocks: KnownBlock[] = [
      {
        type: 'header',
        text: { type: 'plain_text', text: truncate(`${phase.title}${pageLabel}`, 150), emoji: true },
      },
    ];
    // Each page repeats its first section heading so it reads on its own (paginatePhase counts it).
    let lastSection: string | undefined;
    for (const item of items) {
      if (item.section !== undefined && item.section !== lastSection) {
        blocks.push({
          type: 'context',
          elements: [{ type: 'mrkdwn', text: `*${escapeMrkdwn(truncate(item.section, 200))}*` }],
        });
      }
      lastSection = item.section;
      blocks.push(renderItem(deployment, item, depth.get(item.key) ?? 0));
    }
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${done}/${phase.items.length} done · ${escapeMrkdwn(deployment.service)} ${escapeMrkdwn(deployment.version)}`,
        },
      ],
    });
    if (index === 0 && phase.items.some((item) => item.probe) && !isClosed(deployment)) {
      blocks.push({
        type: 'actions',
        block_id: `phase-actions:${phase.key}`,
        elements: [
          {
            type: 'button',
            action_id: ACTION.runProbes,
            text: { type: 'plain_text', text: `Run ${phase.title} probes`.slice(0, 75) },
            value: buttonValue({ v: 1, d: deployment.id, p: phase.key }),
          },
        ],
      });
    }
    return {
      text: `${phase.title}${pageLabel}: ${done}/${phase.items.length} done for ${deployment.service} ${deployment.version}`,
      blocks,
    };
  });
}

function renderItem(deployment: Deployment, item: Item, depth: number): KnownBlock {
  const state = itemState(deployment, item.key);
  const mark = state.done ? ':white_check_mark:' : state.flagged ? ':x:' : ':white_large_square:';
  const indent = '\u2003'.repeat(Math.min(depth, 4));
  const optional = item.required ? '' : ' _(optional)_';
  // Links and code spans of the text and detail stay links and code (renderInlineMarkdown); a detail is cut to
  // 600 characters before rendering: a cut link is shown as text, never as a broken Slack link.
  const lines = [`${indent}${mark} ${renderInlineMarkdown(truncate(item.text, 500))}${optional}`];
  if (item.detail) lines.push(`${indent}\u2003${renderInlineMarkdown(truncate(item.detail, 600))}`);
  if (state.done && state.by && state.at)
    lines.push(`${indent}\u2003_ticked by ${actorName(state.by)} ${slackDate(state.at)}_`);
  if (!state.done && state.by && state.at)
    lines.push(
      `${indent}\u2003_${state.flagged ? 'flagged' : 'unticked'} by ${actorName(state.by)} ${slackDate(state.at)}_`,
    );
  if (state.done && (state.note || state.attestation)) {
    const { url, text } = state.attestation ?? { url: null, text: null };
    const words = [state.note, text].filter((t): t is string => Boolean(t)).map((t) => personText(truncate(t, 300)));
    lines.push(`${indent}\u2003:link: ${[...words, ...(url ? [detailsLink(url)] : [])].join(' · ')}`);
  }
  if (state.evidence) {
    const icon =
      state.evidence.outcome === 'pass'
        ? ':large_green_circle:'
        : state.evidence.outcome === 'fail'
          ? ':red_circle:'
          : ':large_yellow_circle:';
    lines.push(
      `${indent}\u2003${icon} probe ${state.evidence.outcome}: ${escapeMrkdwn(truncate(state.evidence.summary, 300))}`,
    );
  }
  if (item.probe) lines.push(`${indent}\u2003:satellite_antenna: _${item.probe.kind} probe_`);
  return {
    type: 'section',
    block_id: `item:${item.key}`,
    text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 3000) },
    accessory: {
      type: 'button',
      action_id: ACTION.tickItem,
      text: { type: 'plain_text', text: state.done ? 'Untick' : 'Tick' },
      value: buttonValue({ v: 1, d: deployment.id, i: item.key, to: !state.done }),
      ...(state.done ? {} : { style: 'primary' as const }),
    },
  };
}

/** A person, or the probe when it ticked or flagged the item itself. */
function actorName(actor: string): string {
  return actor === PROBE_ACTOR ? 'the probe' : mentionUser(actor);
}

function itemDepths(phase: Phase): Map<string, number> {
  const parents = new Map(phase.items.map((item) => [item.key, item.parent]));
  const depths = new Map<string, number>();
  for (const item of phase.items) {
    let depth = 0;
    let parent = item.parent;
    while (parent && depth < 10) {
      depth++;
      parent = parents.get(parent);
    }
    depths.set(item.key, depth);
  }
  return depths;
}
