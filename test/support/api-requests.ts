// Requests to the bot's HTTP API (/api/v1) as a pipeline sends them: real HTTP against the started bot.
import { request } from 'undici';
import { type ApiScope, createApiToken } from '../../src/app/api-tokens.ts';
import type { Harness } from './bot-harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API answered, field by field
export type ApiReply = { status: number; json: any; headers: Record<string, string | string[] | undefined> };

/** Creates a token in the bot's database, as `deploy-checklist token create` does, and answers it. */
export function createToken(h: Harness, name: string, scopes: ApiScope[]): Promise<string> {
  return createApiToken(h.bot.store, { name, scopes }, h.clock.now());
}

export async function api(
  h: Harness,
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string } = {},
): Promise<ApiReply> {
  const response = await request(`http://127.0.0.1:${h.bot.port}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.rawBody !== undefined
      ? { body: options.rawBody }
      : options.body !== undefined
        ? { body: JSON.stringify(options.body) }
        : {}),
  });
  const text = await response.body.text();
  return { status: response.statusCode, json: text ? JSON.parse(text) : undefined, headers: response.headers };
}
