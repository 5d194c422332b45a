import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { REDACTED, redactCredentials } from './domain/redact-credentials.ts';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Redacts a log line: the secrets the bot was configured with, wherever they appear, and every credential pattern
 * (tokens, a signing secret, credentials in a URL: the rule the bot also applies to what it posts). Linear in the
 * length of the line, so a huge field in a request cannot stall the thread that writes it.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  return redactCredentials(out);
}

export type Logger = {
  debug: (message: string, data?: Record<string, unknown>) => void;
  info: (message: string, data?: Record<string, unknown>) => void;
  warn: (message: string, data?: Record<string, unknown>) => void;
  error: (message: string, data?: Record<string, unknown>) => void;
};

/**
 * One JSON line per entry on the given sink, secrets redacted. A line written while a Slack request or a job runs
 * carries its correlation id.
 */
export function createLogger(
  level: Level,
  options: { secrets?: readonly string[]; write?: (line: string) => void; now?: () => Date } = {},
): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const log = (at: Level) => (message: string, data?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = JSON.stringify({ time: now().toISOString(), level: at, message, ...data }, errorReplacer);
    write(redact(line, options.secrets));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** Bolt's logger interface on top of ours, so Bolt's own lines are redacted too. */
export function boltLogger(logger: Logger, level: Level): BoltLogger {
  const join = (args: unknown[]) =>
    args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg, errorReplacer))).join(' ');
  let current = level as LogLevel;
  return {
    debug: (...args) => logger.debug(join(args)),
    info: (...args) => logger.info(join(args)),
    warn: (...args) => logger.warn(join(args)),
    error: (...args) => logger.error(join(args)),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: () => undefined,
  };
}
