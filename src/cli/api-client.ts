import { request } from 'undici';
import { type CliIo, UsageError } from './cli-command.ts';

/** The options every client of the HTTP API takes (`wait`, `start`, `tick`, `event`). */
export const API_OPTIONS = [
  {
    flag: '--api',
    value: 'URL',
    help: "the bot's address, e.g. https://deploy-checklist.example.com",
    default: '$DEPLOY_CHECKLIST_API',
  },
  { flag: '--token', value: 'TOKEN', help: 'an API token', default: '$DEPLOY_CHECKLIST_TOKEN' },
] as const;

/** Options as `--flag VALUE` or `--flag=VALUE`; a flag given twice keeps every value (repeatable ones). */
export function readOptions(args: readonly string[], flags: readonly string[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!flags.includes(flag)) throw new UsageError(`unknown option ${flag}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  return values;
}

export function one(values: Map<string, string[]>, flag: string): string | undefined {
  return values.get(flag)?.at(-1);
}

export function required(values: Map<string, string[]>, flag: string): string {
  const value = one(values, flag);
  if (!value) throw new UsageError(`${flag} is required`);
  return value;
}

/** `15s`, `2h`, `500ms`, `30m`: a duration in milliseconds. */
export function durationOption(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const match = /^(\d{1,7})(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new UsageError(`${flag} "${text}": write a duration such as 15s, 30m or 2h`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

export type ApiTarget = { base: string; token: string };

/** The API's address and the token, from the options or the environment. */
export function apiTarget(values: Map<string, string[]>, io: CliIo): ApiTarget {
  const api = one(values, '--api') ?? io.env.DEPLOY_CHECKLIST_API;
  if (!api) throw new UsageError('--api URL is required (or set DEPLOY_CHECKLIST_API)');
  let base: URL;
  try {
    base = new URL(api);
  } catch {
    throw new UsageError(`--api "${api}" is not a URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new UsageError('--api must be an http:// or https:// URL');
  const token = one(values, '--token') ?? io.env.DEPLOY_CHECKLIST_TOKEN;
  if (!token) throw new UsageError('--token is required (or set DEPLOY_CHECKLIST_TOKEN)');
  return { base: base.toString().replace(/\/+$/, ''), token };
}

export type ApiResponse = { status: number; body: Record<string, unknown> };

/** One call; a connection failure throws (the caller decides whether to retry). */
export async function callApi(
  target: ApiTarget,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  timeoutMs = 30_000,
): Promise<ApiResponse> {
  const response = await request(`${target.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${target.token}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const text = await response.body.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { error: { code: 'not-json', message: `the answer was not JSON (HTTP ${response.statusCode})` } };
  }
  return { status: response.statusCode, body: parsed };
}

/** The API's error message, for stderr. */
export function errorText(response: ApiResponse): string {
  const error = response.body.error as
    | { code?: string; message?: string; details?: Array<{ path: string; message: string }> }
    | undefined;
  if (!error) return `HTTP ${response.status}`;
  const details = (error.details ?? []).map((d) => `\n  ${d.path}: ${d.message}`).join('');
  return `${error.message ?? error.code ?? `HTTP ${response.status}`} (HTTP ${response.status}, ${error.code ?? 'error'})${details}`;
}
