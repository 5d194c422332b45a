import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { ApiTokenRow } from '../store/api-token-repository.ts';
import type { Store } from '../store/store.ts';
import { isUniqueViolation } from '../store/unique-violation.ts';

/**
 * What a token may do: open and report on deployments, tick items, read gates (docs/pipeline.md), read the audit
 * reports and the population export (docs/audit.md).
 */
export const API_SCOPES = ['deployments:write', 'items:write', 'gates:read', 'reports:read', 'stats:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A token's name: it is the actor `api:NAME` in the thread and the audit log. */
export const TOKEN_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** Who a request's token belongs to. */
export type ApiCaller = { name: string; scopes: ApiScope[] };

/** The answer to a token: the API is off (no token exists), the token is unknown, or whose it is. */
export type TokenCheck = { enabled: false } | { enabled: true; caller: ApiCaller | undefined };

const PREFIX = 'dcl_';

/** Its SHA-256: a token is 256 random bits, so a fast hash is as safe as a slow one and costs a poll nothing. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token and answers it, the one time it is ever shown; only its hash is stored. */
export async function createApiToken(
  store: Store,
  input: { name: string; scopes: ApiScope[] },
  now: Date,
): Promise<string> {
  if (!TOKEN_NAME.test(input.name))
    throw new AppError('bad-token-name', {
      userMessage: 'a token name is 1–63 lowercase letters, digits, dots, dashes or underscores',
    });
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  try {
    await store.apiTokens.create({ name: input.name, hash: tokenHash(token), scopes: [...new Set(input.scopes)] }, now);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('token-exists', {
        userMessage: `a token named ${input.name} exists; revoke it first or choose another name`,
      });
    throw error;
  }
  return token;
}

export function listApiTokens(store: Store): Promise<ApiTokenRow[]> {
  return store.apiTokens.list();
}

export function revokeApiToken(store: Store, name: string): Promise<boolean> {
  return store.apiTokens.revoke(name);
}

/** "Last used" is written at most this often per token, so a pipeline polling the gate does not write every poll. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Whose token this is. The stored hash is found by its index and compared again in constant time; a token that is not
 * ours never reaches the database in any form but its hash.
 */
export async function authenticateApiToken(store: Store, token: string, now: Date): Promise<TokenCheck> {
  const tokens = store.apiTokens;
  if ((await tokens.count()) === 0) return { enabled: false };
  if (!token.startsWith(PREFIX) || token.length > 200) return { enabled: true, caller: undefined };
  const hash = tokenHash(token);
  const row = await tokens.findByHash(hash);
  if (!row || !timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex')))
    return { enabled: true, caller: undefined };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) await tokens.touch(row.id, now);
  return {
    enabled: true,
    caller: { name: row.name, scopes: row.scopes.filter((s): s is ApiScope => API_SCOPES.includes(s as ApiScope)) },
  };
}
