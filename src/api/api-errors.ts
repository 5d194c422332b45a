import type { z } from 'zod';

/** One error shape for every API answer that is not a success: `{error: {code, message, details?}}`. */
export type ApiErrorDetail = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ApiErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get body(): { error: { code: string; message: string; details?: ApiErrorDetail[] } } {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

/** zod's issues as field paths (`roles.security.0`, `evidence.url`), under the part of the request they are in. */
export function validationError(where: 'body' | 'query' | 'path', error: z.ZodError): ApiError {
  const details = error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = details[0];
  return new ApiError(
    400,
    'invalid-request',
    first ? `${first.path}: ${first.message}` : `the request ${where} is not valid`,
    details,
  );
}

/** How a refusal from the core (its stable code) is answered over HTTP. */
const REFUSAL_STATUS: Record<string, number> = {
  'deployment-not-found': 404,
  'unknown-item': 404,
  'not-owner': 403,
  'wrong-deployment': 403,
  'deployment-closed': 409,
  'deployment-already-open': 409,
  'already-live': 409,
  'probe-run-running': 409,
  'too-many-open-deployments': 429,
  'too-many-starts': 429,
  'unknown-template': 422,
  busy: 503,
  'database-unreachable': 503,
};

export function refusalError(refusal: { code: string; userMessage: string }): ApiError {
  return new ApiError(REFUSAL_STATUS[refusal.code] ?? 422, refusal.code, plainMessage(refusal.userMessage));
}

/** A message written for Slack, for a program's log: no mrkdwn emphasis, mentions as @ids. */
export function plainMessage(mrkdwn: string): string {
  return mrkdwn
    .replace(/<@([A-Z0-9]+)>/g, '@$1')
    .replace(/<#([A-Z0-9]+)(\|[^>]*)?>/g, '#$1')
    .replace(/[*`]/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
