import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecordsStore } from '../app/deployment-records.ts';
import { type CliIo, UsageError } from './cli-command.ts';

/** The bot's own default (src/config.ts): the commands read the database the bot writes. */
const DEFAULT_DATABASE_URL = 'file:./data/deploy-checklist.db';

/**
 * Opens the database DATABASE_URL names, as the bot does (pending migrations applied, the audit chain's one-time step
 * run), for the commands that read deployments. A SQLite file that does not exist is an error, not a new empty
 * database: a report from an empty database would say "no such deployment" about a typo in the path.
 */
export async function withDatabase<T>(io: CliIo, fn: (store: RecordsStore) => Promise<T>): Promise<T> {
  const url = io.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!/^(file:|postgres:\/\/|postgresql:\/\/)/.test(url)) {
    throw new UsageError('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
  }
  let resolved = url;
  if (url.startsWith('file:')) {
    const file = url.replace(/^file:/, '').split('?')[0] ?? '';
    if (file !== ':memory:') {
      const absolute = path.resolve(io.cwd, file);
      resolved = `file:${absolute}`;
      const exists = await stat(absolute).then(
        (info) => info.isFile(),
        () => false,
      );
      if (!exists) {
        throw new UsageError(
          `no database at ${absolute}: set DATABASE_URL to the bot's database (default ${DEFAULT_DATABASE_URL})`,
        );
      }
    }
  }
  // Loaded here, not at the top: `deploy-checklist --help` loads every command, and Prisma would slow it down.
  const { openRecordsStore } = await import('../app/deployment-records.ts');
  const store = await openRecordsStore(resolved);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Reads `--flag VALUE` options and positional arguments; every flag must be one of `flags`. */
export function parseArgs(
  args: readonly string[],
  flags: readonly string[],
): { positional: string[]; values: Map<string, string> } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const [flag, inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg];
      if (!flags.includes(flag as string)) throw new UsageError(`unknown option ${flag}`);
      const value = inline ?? args[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`${flag} needs a value`);
      values.set(flag as string, value);
    } else {
      positional.push(arg);
    }
  }
  return { positional, values };
}

/** Picks a format from a closed list, naming the choices when the value is none of them. */
export function formatOption<F extends string>(value: string | undefined, formats: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  if ((formats as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format "${value}": write ${formats.join(', ')}`);
}

/** Writes to `--out FILE` (saying so on stdout) or to stdout. */
export async function writeOutput(io: CliIo, text: string, out: string | undefined, what: string): Promise<void> {
  if (!out) {
    io.stdout(text);
    return;
  }
  await writeFile(path.resolve(io.cwd, out), text, 'utf8');
  io.stdout(`wrote ${out} (${what})\n`);
}
