import { renderReportHtml } from '../domain/report/render-report-html.ts';
import { renderReportJson } from '../domain/report/render-report-json.ts';
import { renderReportMarkdown } from '../domain/report/render-report-markdown.ts';
import { type CliCommand, EXIT, UsageError } from './cli-command.ts';
import { formatOption, parseArgs, withDatabase, writeOutput } from './database-cli.ts';

const FORMATS = ['md', 'html', 'json'] as const;

const RENDERERS = { md: renderReportMarkdown, html: renderReportHtml, json: renderReportJson };

/**
 * `deploy-checklist report <id> [--format md|html|json] [--out FILE]`: the record of one deployment for a
 * change-management audit (docs/audit.md): what changed, its timeline, items and evidence, probe runs, sign-offs
 * with their staleness, separation of duties, check-ins, rollback, the audit log and its chain's head hash.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'deploy-checklist report <deployment-id> [--format md|html|json] [--out FILE]',
  args: '<deployment-id>',
  summary: 'The audit record of one deployment as Markdown, self-contained HTML or JSON (DATABASE_URL)',
  options: [
    { flag: '--format', value: 'FORMAT', help: 'md, html (prints cleanly, no external assets) or json', default: 'md' },
    { flag: '--out', value: 'FILE', help: 'write to FILE', default: 'stdout' },
  ],
  async run(args, io) {
    const { positional, values } = parseArgs(args, ['--format', '--out']);
    if (positional.length !== 1) throw new UsageError('give exactly one deployment id');
    const id = positional[0] as string;
    const format = formatOption(values.get('--format'), FORMATS, 'md');
    return withDatabase(io, async (store) => {
      const { deploymentReport } = await import('../app/deployment-records.ts');
      const report = await deploymentReport(store, id);
      if (!report) {
        io.stderr(`deploy-checklist report: no deployment ${id}\n`);
        return EXIT.failed;
      }
      await writeOutput(io, RENDERERS[format](report), values.get('--out'), `deployment ${id}, ${format}`);
      if (!report.auditChain.intact) {
        io.stderr(`deploy-checklist report: the audit chain of ${id} is broken: ${report.auditChain.problem}\n`);
        return EXIT.failed;
      }
      return EXIT.ok;
    });
  },
};
