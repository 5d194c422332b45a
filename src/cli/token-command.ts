import { type CliCommand, EXIT, UsageError } from './cli-command.ts';
import { withDatabase } from './database-cli.ts';

const SCOPES = ['deployments:write', 'items:write', 'gates:read', 'reports:read', 'stats:read'] as const;

/** Reads `--name N` and repeated `--scope S` (the shared parser keeps one value per flag). */
function parseTokenArgs(args: readonly string[]): { positional: string[]; name?: string; scopes: string[] } {
  const positional: string[] = [];
  const scopes: string[] = [];
  let name: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (flag === '--name' || flag === '--scope') {
      const value = inline ?? args[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      if (flag === '--name') name = value;
      else scopes.push(...value.split(',').filter(Boolean));
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, ...(name ? { name } : {}), scopes };
}

/**
 * `deploy-checklist token create|list|revoke`: the HTTP API's tokens (docs/pipeline.md), in the database DATABASE_URL
 * names. A token is printed once, on create; only its SHA-256 is stored.
 */
export const tokenCommand: CliCommand = {
  name: 'token',
  usage: 'deploy-checklist token create --name NAME --scope SCOPE [--scope SCOPE…] | token list | token revoke NAME',
  args: 'create|list|revoke',
  summary: "Create, list or revoke the HTTP API's tokens (DATABASE_URL)",
  options: [
    { flag: '--name', value: 'NAME', help: 'the token’s name: the actor api:NAME in threads and the audit log' },
    { flag: '--scope', value: 'SCOPE', help: `what it may do, repeatable: ${SCOPES.join(', ')}` },
  ],
  async run(args, io) {
    const { positional, name, scopes } = parseTokenArgs(args);
    const [action, ...rest] = positional;
    if (action === 'create') {
      if (rest.length > 0) throw new UsageError(`create takes no argument "${rest.join(' ')}": use --name`);
      if (!name) throw new UsageError('create needs --name NAME');
      if (scopes.length === 0) throw new UsageError(`create needs at least one --scope: ${SCOPES.join(', ')}`);
      const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
      if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')}: use ${SCOPES.join(', ')}`);
      return withDatabase(io, async (store) => {
        const { createApiToken } = await import('../app/api-tokens.ts');
        const { isAppError } = await import('../errors.ts');
        try {
          const token = await createApiToken(store, { name, scopes: scopes as (typeof SCOPES)[number][] }, new Date());
          io.stdout(`${token}\n`);
          io.stderr(
            `Created token ${name} (${[...new Set(scopes)].join(' ')}). It is shown this once: store it as a secret (DEPLOY_CHECKLIST_TOKEN).\n`,
          );
          return EXIT.ok;
        } catch (error) {
          if (!isAppError(error)) throw error;
          io.stderr(`deploy-checklist token: ${error.userMessage}\n`);
          return EXIT.failed;
        }
      });
    }
    if (action === 'list') {
      if (rest.length > 0 || name || scopes.length > 0) throw new UsageError('list takes no arguments');
      return withDatabase(io, async (store) => {
        const { listApiTokens } = await import('../app/api-tokens.ts');
        const tokens = await listApiTokens(store);
        if (tokens.length === 0) {
          io.stdout(
            'No tokens: the API is off. Create one with deploy-checklist token create --name NAME --scope SCOPE.\n',
          );
          return EXIT.ok;
        }
        const rows = [
          ['NAME', 'SCOPES', 'CREATED', 'LAST USED'],
          ...tokens.map((t) => [
            t.name,
            t.scopes.join(','),
            t.createdAt.toISOString(),
            t.lastUsedAt ? t.lastUsedAt.toISOString() : 'never',
          ]),
        ];
        const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
        for (const row of rows)
          io.stdout(
            `${row
              .map((cell, i) => cell.padEnd(widths[i] as number))
              .join('  ')
              .trimEnd()}\n`,
          );
        return EXIT.ok;
      });
    }
    if (action === 'revoke') {
      const [target, ...extra] = rest;
      if (!target || extra.length > 0 || name || scopes.length > 0) throw new UsageError('revoke takes one token name');
      return withDatabase(io, async (store) => {
        const { revokeApiToken } = await import('../app/api-tokens.ts');
        if (!(await revokeApiToken(store, target))) {
          io.stderr(`deploy-checklist token: no token named ${target}\n`);
          return EXIT.failed;
        }
        io.stdout(`Revoked ${target}: requests with it are refused from now on.\n`);
        return EXIT.ok;
      });
    }
    throw new UsageError(
      action
        ? `unknown subcommand "${action}": write create, list or revoke`
        : 'say what to do: create, list or revoke',
    );
  },
};
