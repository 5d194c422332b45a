import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Tokens and secrets that must never reach a log line, whatever logs them (us, Bolt, the Web API client). */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/xox[abposr]-[A-Za-z0-9-]+/g, '[redacted]'],
  [/xapp-[A-Za-z0-9-]+/g, '[redacted]'],
  [/(signing_?secret["'=:\s]+)[A-Za-z0-9]+/gi, '$1[redacted]'],
  // Credentials inside a URL (https://user:pass@host, postgresql://user:pass@host): the whole user-info part, up to
  // the last @ before the host, so a password containing @ leaks nothing. JSON escapes (\") do not end it.
  [/([a-z][a-z0-9+.-]*:\/\/)(?:[^\s/?#"\\]|\\.)+@/gi, '$1[redacted]@'],
];

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
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
