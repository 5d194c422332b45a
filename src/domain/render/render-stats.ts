import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../duration.ts';
import type { DeploymentStats, Percentiles } from '../stats.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';

/** One part of the figures: a title and its lines, in plain text (each surface escapes or formats it). */
type StatsSection = { title: string; lines: string[] };

const ANSWER_LABELS: Record<keyof DeploymentStats['checkIns']['answers'], string> = {
  stable: 'stable',
  minor: 'minor issues',
  major: 'major issues',
  rollback: 'roll back',
  skipped: 'skipped',
};

export function statsTitle(stats: DeploymentStats): string {
  const what = stats.service ? stats.service : 'All services';
  return `${what}: the last ${stats.period.days} day${stats.period.days === 1 ? '' : 's'}`;
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

function spread(figures: Percentiles): string {
  return `p50 ${formatDuration(figures.p50Ms)}, p90 ${formatDuration(figures.p90Ms)} (${figures.count})`;
}

/** The figures in reading order: what happened, how long it took, what held it up, what happened after. */
export function statsSections(stats: DeploymentStats): StatsSection[] {
  const d = stats.deployments;
  if (d.total === 0) return [];
  const checkIns = stats.checkIns;
  const answered = Object.entries(checkIns.answers)
    .filter(([, n]) => n > 0)
    .map(([answer, n]) => `${ANSWER_LABELS[answer as keyof typeof ANSWER_LABELS]} ${n}`);
  return [
    {
      title: 'Deployments',
      lines: [
        `${d.total} started: ${d.stable} stable, ${d.rolledBack} rolled back, ${d.cancelled} cancelled, ${d.open} open`,
        `${d.wentLive} went live; rollback rate ${stats.rollback.rate === null ? 'n/a' : `${percent(stats.rollback.rate)} (${stats.rollback.rolledBack} of ${stats.rollback.wentLive})`}`,
      ],
    },
    {
      title: 'Start to go-live',
      lines: [stats.timeToGoLive ? spread(stats.timeToGoLive) : 'none went live'],
    },
    {
      title: 'Sign-off latency (assignment to decision)',
      lines:
        stats.signOffLatency.length > 0
          ? stats.signOffLatency.map((role) => `${role.roleKey}: ${spread(role)}`)
          : ['no sign-offs'],
    },
    {
      title: 'Items that most often blocked go-live',
      lines:
        stats.blockingItems.length > 0
          ? stats.blockingItems.map((item) => `${item.itemKey}: ${item.deployments} deployment(s)`)
          : ['none'],
    },
    {
      title: 'Probe failure rate',
      lines:
        stats.probes.length > 0
          ? stats.probes.map(
              (p) =>
                `${p.kind}: ${percent(p.failureRate)} (${p.failed} of ${p.runs} failed${p.inconclusive > 0 ? `, ${p.inconclusive} inconclusive` : ''})`,
            )
          : ['no probe runs'],
    },
    {
      title: 'Check-ins',
      lines: [
        checkIns.sent > 0
          ? `${checkIns.sent} sent: ${[...answered, `unanswered ${checkIns.unanswered}`].join(', ')}; ${checkIns.escalated} escalated`
          : 'none sent',
      ],
    },
    {
      title: 'Overrides (went live without everything)',
      lines: [
        `${stats.overrides.count}${d.wentLive > 0 ? ` of ${d.wentLive} go-lives` : ''}`,
        ...stats.overrides.recent.map(
          (o) =>
            `${o.service} ${o.version} (${o.environment}), ${o.goLiveAt.toISOString().slice(0, 10)}: ${truncate(o.reason.replace(/\s+/g, ' '), 200)}`,
        ),
      ],
    },
  ];
}

function emptyLine(stats: DeploymentStats): string {
  return `No deployment${stats.service ? ` of ${stats.service}` : ''} started in the last ${stats.period.days} day(s).`;
}

/** `deploy-checklist stats --format text`. */
export function renderStatsText(stats: DeploymentStats): string {
  const sections = statsSections(stats);
  const head = `${statsTitle(stats)} (since ${stats.period.from.toISOString()})`;
  if (sections.length === 0) return `${head}\n${emptyLine(stats)}\n`;
  return `${head}\n${sections.map((s) => `\n${s.title}\n${s.lines.map((l) => `  ${l}`).join('\n')}`).join('\n')}\n`;
}

/** `/deploy-checklist stats`: an ephemeral answer. Every line is escaped: service names and item keys are typed. */
export function renderStatsBlocks(stats: DeploymentStats): { text: string; blocks: KnownBlock[] } {
  const title = statsTitle(stats);
  const sections = statsSections(stats);
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } }];
  if (sections.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(emptyLine(stats)) } });
    return { text: `${title}: ${emptyLine(stats)}`, blocks };
  }
  for (const section of sections)
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(`*${section.title}*\n${section.lines.map((l) => escapeMrkdwn(l)).join('\n')}`, 3000),
      },
    });
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: 'Deployments started in the period. `deploy-checklist stats --format json` and `GET /api/v1/stats` give the same figures.',
      },
    ],
  });
  const d = stats.deployments;
  return { text: `${title}: ${d.total} deployments, ${d.stable} stable, ${d.rolledBack} rolled back`, blocks };
}

/** The figures as data (`--format json`, `GET /api/v1/stats`): durations in milliseconds, times in ISO 8601 UTC. */
export function statsDocument(stats: DeploymentStats): { format: 'deploy-checklist-stats/1' } & DeploymentStats {
  return { format: 'deploy-checklist-stats/1', ...stats };
}
