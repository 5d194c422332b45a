import { type CliCommand, EXIT, UsageError } from './cli-command.ts';
import { parseArgs, withDatabase } from './database-cli.ts';

/**
 * `deploy-checklist audit verify [--deployment ID]`: recomputes the audit log's hash chains (docs/audit.md) and
 * prints, per deployment, "intact" or the first broken link: which row, and whether it was edited, deleted or
 * inserted. Exit 1 when any chain is broken, 0 when all are intact.
 */
export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'deploy-checklist audit verify [--deployment ID]',
  args: 'verify',
  summary: "Recompute the audit log's hash chains (DATABASE_URL) and report the first broken link",
  options: [{ flag: '--deployment', value: 'ID', help: 'check one deployment', default: 'every deployment' }],
  async run(args, io) {
    const { positional, values } = parseArgs(args, ['--deployment']);
    if (positional[0] !== 'verify' || positional.length !== 1) {
      throw new UsageError(
        positional.length === 0
          ? 'say what to do: verify'
          : `unknown subcommand "${positional.join(' ')}": write verify`,
      );
    }
    const deploymentId = values.get('--deployment');
    return withDatabase(io, async (store) => {
      const { verifyAuditLog } = await import('../app/deployment-records.ts');
      const checks = await verifyAuditLog(store, deploymentId);
      if (!checks) {
        io.stderr(`deploy-checklist audit: no deployment ${deploymentId}\n`);
        return EXIT.failed;
      }
      let broken = 0;
      for (const { deploymentId: id, service, environment, verdict } of checks) {
        const name = `${id} (${service} → ${environment})`;
        if (verdict.ok) {
          io.stdout(`${name}: intact, ${verdict.count} row(s), head ${verdict.headHash ?? 'none'}\n`);
          continue;
        }
        broken++;
        const where =
          verdict.break.rowId === null
            ? 'at the end of the chain'
            : `at row ${verdict.break.rowId} (position ${verdict.break.position})`;
        io.stdout(`${name}: BROKEN ${where}, ${verdict.break.kind}: ${verdict.break.message}\n`);
      }
      io.stdout(
        `${checks.length} deployment(s) checked: ${checks.length - broken} intact${broken > 0 ? `, ${broken} broken` : ''}\n`,
      );
      return broken > 0 ? EXIT.failed : EXIT.ok;
    });
  },
};
