import { parsePeriod, renderPopulationCsv, renderPopulationJson } from '../domain/report/population.ts';
import { type CliCommand, EXIT, UsageError } from './cli-command.ts';
import { formatOption, parseArgs, withDatabase, writeOutput } from './database-cli.ts';

const FORMATS = ['csv', 'json'] as const;

/**
 * `deploy-checklist export --from 2026-01-01 --to 2026-03-31 [--format csv|json] [--out FILE]`: the population of
 * changes for an audit, one row per deployment started in the period (dates in UTC, both included). The same
 * database gives the same bytes, so an auditor can re-run it and compare.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'deploy-checklist export --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json] [--out FILE]',
  summary: 'Every deployment started in a period, one row each, for change-management audits (DATABASE_URL)',
  options: [
    { flag: '--from', value: 'DATE', help: 'first day of the period (UTC)' },
    { flag: '--to', value: 'DATE', help: 'last day of the period (UTC), included' },
    { flag: '--format', value: 'FORMAT', help: 'csv or json', default: 'csv' },
    { flag: '--out', value: 'FILE', help: 'write to FILE', default: 'stdout' },
  ],
  async run(args, io) {
    const { positional, values } = parseArgs(args, ['--from', '--to', '--format', '--out']);
    if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
    const format = formatOption(values.get('--format'), FORMATS, 'csv');
    const from = values.get('--from');
    const to = values.get('--to');
    const period = parsePeriod(from, to);
    if ('error' in period) throw new UsageError(period.error);
    return withDatabase(io, async (store) => {
      const { populationExport } = await import('../app/deployment-records.ts');
      const rows = await populationExport(store, period);
      const text =
        format === 'csv'
          ? renderPopulationCsv(rows)
          : renderPopulationJson({ from: from as string, to: to as string }, rows);
      await writeOutput(io, text, values.get('--out'), `${rows.length} deployment(s), ${format}`);
      const broken = rows.filter((row) => !row.auditChainIntact).length;
      if (broken > 0) {
        io.stderr(
          `deploy-checklist export: ${broken} deployment(s) have a broken audit chain (column audit_chain_intact); run deploy-checklist audit verify\n`,
        );
      }
      return EXIT.ok;
    });
  },
};
