import { renderStatsText, statsDocument } from '../domain/render/render-stats.ts';
import { DEFAULT_STATS_DAYS, parseStatsDays } from '../domain/stats.ts';
import { type CliCommand, EXIT, UsageError } from './cli-command.ts';
import { formatOption, parseArgs, withDatabase } from './database-cli.ts';

const FORMATS = ['text', 'json'] as const;

/**
 * `deploy-checklist stats [service] [--days N] [--format text|json]`: the figures of the deployments started in the
 * last N days, counted in the bot's database (DATABASE_URL), every workspace it holds.
 */
export const statsCommand: CliCommand = {
  name: 'stats',
  usage: 'deploy-checklist stats [service] [--days N] [--format text|json]',
  args: '[service]',
  summary: 'Outcomes, time to go-live, sign-off latency, blocking items, probe failures, rollbacks (DATABASE_URL)',
  options: [
    { flag: '--days', value: 'N', help: 'deployments started in the last N days (1 to 365)', default: '30' },
    { flag: '--format', value: 'FORMAT', help: 'text or json', default: 'text' },
  ],
  async run(args, io) {
    const { positional, values } = parseArgs(args, ['--days', '--format']);
    if (positional.length > 1) throw new UsageError(`give at most one service, not "${positional.join(' ')}"`);
    const format = formatOption(values.get('--format'), FORMATS, 'text');
    const daysText = values.get('--days');
    const days = daysText === undefined ? { ok: true as const, days: DEFAULT_STATS_DAYS } : parseStatsDays(daysText);
    if (!days.ok) throw new UsageError(days.problem);
    const service = positional[0];
    return withDatabase(io, async (store) => {
      const { deploymentStats } = await import('../app/deployment-stats.ts');
      const stats = await deploymentStats(store, { days: days.days, ...(service ? { service } : {}) }, new Date());
      io.stdout(format === 'json' ? `${JSON.stringify(statsDocument(stats), null, 2)}\n` : renderStatsText(stats));
      return EXIT.ok;
    });
  },
};
