import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { type Handler, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const PAGE = 'compressible '.repeat(500);

/** Compresses with the first encoding it supports among those the client accepts. */
const negotiating =
  (supported: Array<'br' | 'gzip'>, vary = true): Handler =>
  (request, response) => {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = supported.find((name) => accepted.includes(name));
    const headers: Record<string, string> = {
      'content-type': 'text/html',
      ...(vary ? { vary: 'Accept-Encoding' } : {}),
    };
    if (!encoding) return void response.writeHead(200, headers).end(PAGE);
    const body = encoding === 'br' ? brotliCompressSync(PAGE) : gzipSync(PAGE);
    response.writeHead(200, { ...headers, 'content-encoding': encoding }).end(body);
  };

let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/gzip': negotiating(['gzip']),
      '/br': negotiating(['br', 'gzip']),
      '/plain': negotiating([]),
      '/no-vary': negotiating(['gzip'], false),
    }),
  );
});
afterAll(() => server.close());

describe('compression probe', () => {
  it.each([
    ['/gzip', 'content-encoding (gzip) in gzip, br'],
    ['/br', 'content-encoding (br) in gzip, br'],
  ])('passes %s', async (path, condition) => {
    const result = await probeOnce('compression', `${server.origin}${path}`);
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([condition]);
  });

  it('fails a body sent as is, saying how large it was', async () => {
    const result = await probeOnce('compression', `${server.origin}/plain`);
    expect(failing(result)).toEqual([`content-encoding (absent (${PAGE.length} bytes sent as is)) in gzip, br`]);
  });

  it('asks for one encoding when the template names it', async () => {
    const result = await probeOnce('compression', `${server.origin}/br`, { encoding: 'gzip' });
    expect(conditionTexts(result)).toEqual(['content-encoding (gzip) == gzip']);
  });

  it('warns when a compressed answer lacks Vary: Accept-Encoding', async () => {
    const result = await probeOnce('compression', `${server.origin}/no-vary`);
    expect(result.outcome).toBe('pass');
    expect(result.warnings).toEqual(['compressed, but Vary does not name Accept-Encoding']);
  });
});
