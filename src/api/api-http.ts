import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-errors.ts';

/** A request body larger than this is refused (413): the API's bodies are a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A document (a report, an export) in its own media type. `nosniff` and a CSP without scripts: an HTML report opened
 * straight from the API runs nothing, whatever a person typed into it.
 */
export function sendFile(res: ServerResponse, file: { contentType: string; filename: string; text: string }): void {
  if (res.headersSent) return;
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-disposition': `inline; filename="${file.filename.replace(/[^\w.+-]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    'cache-control': 'no-store',
  });
  res.end(file.text);
}

/** The request's JSON body (an empty body is `{}`), or a 400/413 saying what is wrong with it. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new ApiError(413, 'body-too-large', `the body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid-json', 'the body is not valid JSON');
  }
}

/** The query string as an object; a name given twice keeps its last value. */
export function queryOf(req: IncomingMessage): Record<string, string> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return Object.fromEntries(url.searchParams.entries());
}

/** `Authorization: Bearer TOKEN` (or a bare token), if sent. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

export function remoteAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
