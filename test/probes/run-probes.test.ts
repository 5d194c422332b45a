import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeKind } from '../../src/domain/probe-spec.ts';
import { type ProbeRequest, runProbes } from '../../src/probes/run-probes.ts';
import { LOCAL_SETTINGS } from '../support/probe-harness.ts';
import { closedPort, reply, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

let server: TestServer;
let resets = 0;
/** Slow requests the server holds right now, and the most it held at once: concurrency, without a stopwatch. */
let slowInFlight = 0;
let slowAtOnce = 0;
const onHang: Array<() => void> = [];

beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/ok': reply(200, {}, 'ok'),
      '/slow': (_request, response) => {
        slowInFlight += 1;
        slowAtOnce = Math.max(slowAtOnce, slowInFlight);
        setTimeout(() => {
          slowInFlight -= 1;
          response.writeHead(200).end('late');
        }, 300);
      },
      // Never answers; tells the test it has the request so cancelling does not depend on timing.
      '/hang': () => {
        for (const notify of onHang.splice(0)) notify();
      },
      // Drops the first connection, answers afterwards: a blip the retry should absorb.
      '/blip': (request, response) => {
        if (resets++ === 0) request.socket.destroy();
        else response.writeHead(200).end('ok');
      },
    }),
  );
});
afterAll(() => server.close());

const request = (id: string, kind: ProbeKind, path: string, options: Record<string, unknown> = {}): ProbeRequest => ({
  id,
  spec: { kind, target: `${server.origin}${path}`, required: true, options: { samples: 1, warmup: 0, ...options } },
});

describe('runProbes', () => {
  it('runs probes concurrently and returns them in request order', async () => {
    slowAtOnce = 0;
    const results = await runProbes(
      [
        request('a', 'http', '/slow'),
        request('b', 'http', '/slow'),
        request('c', 'http', '/slow'),
        request('d', 'http', '/ok'),
      ],
      { settings: LOCAL_SETTINGS },
    );
    expect(results.map(({ id, result }) => `${id}:${result.outcome}`)).toEqual([
      'a:pass',
      'b:pass',
      'c:pass',
      'd:pass',
    ]);
    // All three slow probes were waiting on the server at the same time (run one after another, never more than 1).
    expect(slowAtOnce).toBe(3);
  });

  it('stops a probe at its timeout, as inconclusive, without holding up the others', async () => {
    const results = await runProbes([request('hang', 'http', '/hang'), request('ok', 'http', '/ok')], {
      settings: { ...LOCAL_SETTINGS, timeoutMs: 300 },
    });
    const [hang, ok] = results.map(({ result }) => result);
    expect(hang).toMatchObject({
      outcome: 'inconclusive',
      summary: 'inconclusive: timed out after 300 ms (PROBE_TIMEOUT_MS)',
    });
    expect(hang?.durationMs).toBeGreaterThanOrEqual(290);
    expect(ok?.outcome).toBe('pass');
  });

  it('stops everything still running at the overall deadline', async () => {
    const [entry] = await runProbes([request('hang', 'http', '/hang')], {
      settings: { ...LOCAL_SETTINGS, timeoutMs: 5_000, deadlineMs: 300 },
    });
    expect(entry?.result.error).toBe("not finished within the run's deadline of 300 ms (PROBE_DEADLINE_MS)");
  });

  it('can be cancelled by the caller', async () => {
    const controller = new AbortController();
    onHang.push(() => controller.abort());
    const [entry] = await runProbes([request('hang', 'http', '/hang')], {
      settings: LOCAL_SETTINGS,
      signal: controller.signal,
    });
    expect(entry?.result).toMatchObject({ outcome: 'inconclusive', error: 'cancelled' });
  });

  it('retries a connection error once and shows it; a blip that clears passes', async () => {
    const [entry] = await runProbes([request('blip', 'http', '/blip')], { settings: LOCAL_SETTINGS });
    expect(entry?.result).toMatchObject({ outcome: 'pass', attempts: 2 });
    expect(entry?.result.summary).toMatch(/ \(after 2 attempts\)$/);
  });

  it('fails a refused connection after the retry, but never retries a header check', async () => {
    const port = await closedPort();
    const spec = (kind: ProbeKind) => ({ kind, target: `http://127.0.0.1:${port}/`, required: true, options: {} });
    const results = await runProbes(
      [
        { id: 'http', spec: spec('http') },
        { id: 'headers', spec: spec('headers') },
      ],
      { settings: LOCAL_SETTINGS },
    );
    expect(results.map(({ result }) => [result.outcome, result.attempts, result.summary])).toEqual([
      ['fail', 2, 'connection (refused: ECONNREFUSED) == established (after 2 attempts)'],
      ['fail', 1, 'connection (refused: ECONNREFUSED) == established'],
    ]);
  });

  it('reports an unreadable CA file on every probe instead of throwing', async () => {
    const results = await runProbes([request('a', 'http', '/ok'), request('b', 'tls', '/ok')], {
      settings: { ...LOCAL_SETTINGS, caFile: '/nonexistent/ca.pem' },
    });
    expect(results.map(({ result }) => result.outcome)).toEqual(['inconclusive', 'inconclusive']);
    expect(results[0]?.result.error).toMatch(/^cannot read the CA file \/nonexistent\/ca\.pem \(PROBE_CA_FILE\): /);
  });

  it('reports a DNS failure of our own as inconclusive, not as the service failing', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN api.example.com'), { code: 'EAI_AGAIN' });
    };
    const [entry] = await runProbes(
      [{ id: 'h', spec: { kind: 'http', target: 'https://api.example.com/', required: true, options: {} } }],
      { settings: LOCAL_SETTINGS, lookup },
    );
    expect(entry?.result).toMatchObject({ outcome: 'inconclusive', error: 'DNS: temporary failure (EAI_AGAIN)' });
  });
});
