import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type BufferedIncomingMessage,
  defaultBodyLimit,
  defaultProcessEventErrorHandler as defaultSocketModeErrorHandler,
  HTTPModuleFunctions,
  type HTTPReceiver,
  isRawBodyError,
  type ReceiverProcessEventErrorHandlerArgs,
  type SocketModeReceiverProcessEventErrorHandlerArgs,
  verifySlackRequest,
} from '@slack/bolt';
import type { Logger } from '../logger.ts';
import type { MainThreadMetrics } from '../metrics/bot-metrics.ts';
import { describeSlackRequest, slackRequestKind } from './observe-slack-requests.ts';
import { RefusedSlackRequestError } from './refused-slack-request.ts';
import { problemWithSlackRequest } from './slack-request-shape.ts';

/** Slack's rule for X-Slack-Request-Timestamp: within five minutes of our clock, either way. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

export function isWithinTimestampWindow(timestampSeconds: number, nowMs: number): boolean {
  return (
    Number.isFinite(timestampSeconds) &&
    Math.abs(Math.floor(nowMs / 1000) - timestampSeconds) <= TIMESTAMP_WINDOW_SECONDS
  );
}

/**
 * The body the guard parsed (to check its shape before Bolt touches it), handed to Bolt's receiver, which parses the
 * same request again right after the guard lets it through: a click's payload is a form carrying the whole message
 * as JSON, and parsing it twice was the largest part of what the acking thread did beyond a bare Bolt app.
 * Bolt's receiver reads `parseHTTPRequestBody` from its module's exports at each request, so the guard wraps that
 * one function: a request the guard parsed gets its body back once; any other request is parsed as before.
 */
const parsedByGuard = new WeakMap<BufferedIncomingMessage, unknown>();

function shareParsedBodiesWithBolt(): void {
  const functions = HTTPModuleFunctions as unknown as {
    parseHTTPRequestBody: ((req: BufferedIncomingMessage) => unknown) & { sharesGuardParse?: true };
  };
  if (functions.parseHTTPRequestBody.sharesGuardParse) return;
  const parse = functions.parseHTTPRequestBody;
  const shared = (req: BufferedIncomingMessage): unknown => {
    if (!parsedByGuard.has(req)) return parse(req);
    const body = parsedByGuard.get(req);
    parsedByGuard.delete(req);
    return body;
  };
  functions.parseHTTPRequestBody = Object.assign(shared, { sharesGuardParse: true as const });
}

export type HttpGuardOptions = {
  signingSecret: string;
  logger: Logger;
  metrics: Pick<MainThreadMetrics, 'requests'>;
  /** The path Slack posts to (the receiver's endpoint). */
  endpoint?: string;
  /** Wall-clock time for the timestamp window (the bot's injected clock is for deployments, not for signatures). */
  nowMs?: () => number;
};

/**
 * Puts a check in front of Bolt's HTTP receiver for POST /slack/events, and is the only place that verifies Slack's
 * signature (Bolt's receiver is started with signatureVerification off, so no request is hashed or parsed twice).
 * Refused here: a missing, wrong or stale signature (401; an unsigned ssl_check gets its 200), a timestamp more than
 * five minutes ahead (Bolt 5.1 only refuses old ones: 401), and a body Bolt cannot take (400, one warn line saying
 * what was malformed, nothing changed). Everything else goes on to Bolt with its body already read.
 *
 * Bolt bug worked around here (reproduction for slackapi/bolt-js): HTTPReceiver.handleIncomingEvent reads
 * `body.ssl_check` right after JSON.parse, outside any try, so a signed `payload=null` form (or a JSON body `null`)
 * rejects the promise of its unawaited async closure: "TypeError: Cannot read properties of null (reading
 * 'ssl_check')", an unhandled rejection, and the socket is never answered until the client gives up.
 *   body='payload=null'; ts=$(date +%s)
 *   sig=v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$SLACK_SIGNING_SECRET" -hex | cut -d' ' -f2)
 *   curl -m 10 -H 'content-type: application/x-www-form-urlencoded' -H "x-slack-request-timestamp: $ts" \
 *     -H "x-slack-signature: $sig" --data "$body" http://127.0.0.1:3000/slack/events   # → times out
 * Its timestamp check (verify-request.ts) has the other bug fixed here: `requestTimestampSec < fiveMinutesAgoSec`
 * only, so a timestamp an hour ahead is accepted. And App.processEvent reads `body.user.id` (buildSource) and
 * `body.view.app_installed_team_id` before any listener, so a signed block_actions or view_submission without
 * `user` (or a view_submission without `view`) throws outside the listeners: 500. No slackapi/bolt-js issue
 * covered these on 2026-11-30; the reproductions above are what to file there. When Bolt fixes them, this check
 * stays as the place that says what was malformed.
 */
export function guardHttpRequests(receiver: HTTPReceiver, options: HttpGuardOptions): void {
  const endpoint = options.endpoint ?? '/slack/events';
  const nowMs = options.nowMs ?? Date.now;
  const bolt = receiver.requestListener;
  shareParsedBodiesWithBolt();
  receiver.requestListener = (req, res) => {
    const path = pathOf(req.url);
    if (path === undefined) {
      // Bolt would fail on it too; fail closed, since Bolt no longer verifies signatures itself.
      answer(res, 400);
      return;
    }
    // The same test as Bolt's router (pathname of the URL, method upper-cased): nothing reaches Bolt's Slack
    // endpoint without passing here.
    if (req.method?.toUpperCase() !== 'POST' || path !== endpoint) {
      bolt(req, res);
      return;
    }
    guard(req, res, options, nowMs).then(
      (pass) => {
        if (pass) bolt(req, res);
      },
      (error: unknown) => {
        options.logger.error('the Slack request check failed', { error });
        answer(res, 500);
      },
    );
  };
}

function pathOf(url: string | undefined): string | undefined {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/** Reads and checks the request; true when Bolt should take it (the body stays buffered on it for Bolt to reuse). */
async function guard(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpGuardOptions,
  nowMs: () => number,
): Promise<boolean> {
  let buffered: BufferedIncomingMessage;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit);
  } catch (error) {
    if (isRawBodyError(error) && error.statusCode === 413) {
      options.logger.warn('rejected a Slack request larger than the limit', { limitBytes: defaultBodyLimit });
      answer(res, 413);
    } else {
      options.logger.warn('rejected a Slack request whose body could not be read', { error });
      answer(res, 400);
    }
    return false;
  }
  const raw = buffered.rawBody.toString();
  const signature = req.headers['x-slack-signature'];
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (typeof signature !== 'string' || !validSignature(options.signingSecret, raw, signature, timestamp, nowMs())) {
    if (isSslCheck(req, raw)) {
      // Slack's certificate check comes unsigned and needs only a 200; nothing else in such a body is read.
      HTTPModuleFunctions.buildSSLCheckResponse(res);
      return false;
    }
    options.logger.warn('rejected a Slack request without a valid signature', {
      signed: typeof signature === 'string',
    });
    options.metrics.requests.inc({ kind: 'other', outcome: 'refused' });
    answer(res, 401);
    return false;
  }
  if (!isWithinTimestampWindow(timestamp, nowMs())) {
    options.logger.warn('rejected a Slack request dated more than five minutes ahead', {
      aheadSeconds: Math.round(timestamp - nowMs() / 1000),
    });
    answer(res, 401);
    return false;
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    options.logger.warn('rejected a malformed Slack request', { problem: 'the body is neither a form nor JSON' });
    answer(res, 400);
    return false;
  }
  const problem = problemWithSlackRequest(body);
  if (!problem) {
    parsedByGuard.set(buffered, body);
    return true;
  }
  logMalformed(options.logger, body, problem);
  options.metrics.requests.inc({ kind: kindOf(body), outcome: 'refused' });
  answer(res, 400);
  return false;
}

function isSslCheck(req: IncomingMessage, raw: string): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    new URLSearchParams(raw).get('ssl_check') === '1'
  );
}

function validSignature(secret: string, body: string, signature: string, timestamp: number, nowMs: number): boolean {
  try {
    verifySlackRequest({
      signingSecret: secret,
      body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      nowMilliseconds: nowMs,
    });
    return true;
  } catch {
    return false;
  }
}

function kindOf(body: unknown) {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? slackRequestKind(body as Record<string, unknown>)
    : 'other';
}

/** The one warn line of a malformed request: what was wrong, and who and where as far as the body says. */
function logMalformed(logger: Logger, body: unknown, problem: { kind: string; problem: string }): void {
  const described =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? describeSlackRequest(body as Record<string, unknown>)
      : {};
  logger.warn('rejected a malformed Slack request', { ...problem, ...described });
}

/**
 * HTTP: a refused request gets 400 at once (Bolt would otherwise hold an unanswered one for 3 s, then answer 400
 * from its unhandled-request timer); anything else keeps Bolt's default answer.
 */
export function httpProcessEventErrorHandler(logger: Logger) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (!(args.error instanceof RefusedSlackRequestError))
      return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
    logger.warn(args.error.message, args.error.details);
    answer(args.response, 400);
    // true: the receiver marks the request acknowledged, which stops its 3-second timer.
    return true;
  };
}

/** Socket Mode has no status code: a refused request is acked (so Slack does not send it again) and logged. */
export function socketProcessEventErrorHandler(logger: Logger) {
  return async (args: SocketModeReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (!(args.error instanceof RefusedSlackRequestError)) return defaultSocketModeErrorHandler(args);
    logger.warn(args.error.message, args.error.details);
    return true;
  };
}
