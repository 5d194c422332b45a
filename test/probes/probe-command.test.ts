import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.ts';
import { runCli } from '../../src/cli/main.ts';
import { reply, routes, SECURE_HEADERS, startHttpServer, type TestServer } from '../support/probe-servers.ts';

function captureIo(env: Record<string, string | undefined> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd: process.cwd(),
    env,
    out: () => out,
    err: () => err,
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/health': reply(200, { 'content-type': 'application/json', ...SECURE_HEADERS }, '{"status":"ok"}'),
      '/bare': reply(200, { 'content-type': 'text/plain', 'x-frame-options': 'DENY' }, 'ok'),
    }),
  );
});
afterAll(() => server.close());

const ALLOW = { PROBE_ALLOW_PRIVATE: 'true' };

describe('deploy-checklist probe', () => {
  it('exits 0 when every probe passes and prints one block per probe', async () => {
    const io = captureIo(ALLOW);
    // Plain http cannot pass the headers grade (no HSTS, no redirect to https), so the two probes are http and cors.
    const code = await runCli(['probe', `${server.origin}/health`, '--kinds', 'http,cors'], io);
    expect(code).toBe(0);
    expect(io.out()).toMatch(new RegExp(`^PASS +http +${server.origin}/health +\\(\\d+ ms\\)\\n  200 · p50`, 'm'));
    expect(io.out()).toMatch(/^PASS +cors /m);
    expect(io.out()).toMatch(/2 probes: 2 pass, 0 fail\n$/);
  });

  it('exits 1 when a probe fails, listing the failing conditions with what was observed', async () => {
    const io = captureIo(ALLOW);
    const code = await runCli(['probe', `${server.origin}/bare`, '--kinds=headers'], io);
    expect(code).toBe(1);
    expect(io.out()).toMatch(/^FAIL +headers .*grade D$/m);
    expect(io.out()).toContain(
      '  ✗ strict-transport-security (hsts-not-implemented-no-https -20: page served over http) == max-age >= 15768000\n',
    );
    expect(io.out()).toContain(
      '  ✗ x-content-type-options (x-content-type-options-not-implemented -5: absent) in x-content-type-options-nosniff\n',
    );
    expect(io.out()).not.toContain('x-frame-options (');
  });

  it('refuses localhost unless allowed, says how to allow it, and exits 1', async () => {
    const io = captureIo();
    const code = await runCli(['probe', `${server.origin}/health`, '--kinds', 'http'], io);
    expect(code).toBe(1);
    expect(io.out()).toContain('INCONCLUSIVE');
    expect(io.out()).toContain('set PROBE_ALLOW_PRIVATE=true or add the host to PROBE_ALLOWED_HOSTS');
    expect(io.out()).toContain('1 probe: 0 pass, 0 fail, 1 inconclusive');
  });

  it('honours PROBE_ALLOWED_HOSTS', async () => {
    const io = captureIo({ PROBE_ALLOWED_HOSTS: 'example.com, 127.0.0.1' });
    expect(await runCli(['probe', `${server.origin}/health`, '--kinds', 'http'], io)).toBe(0);
  });

  it('prints the results as JSON with --json', async () => {
    const io = captureIo(ALLOW);
    const code = await runCli(['probe', `${server.origin}/health`, '--kinds', 'http', '--json'], io);
    expect(code).toBe(0);
    const parsed = JSON.parse(io.out());
    expect(parsed).toMatchObject({ url: `${server.origin}/health`, outcome: 'pass' });
    expect(parsed.results[0]).toMatchObject({ kind: 'http', outcome: 'pass', attempts: 1 });
    expect(parsed.results[0].conditions[0]).toEqual({ name: 'status', ok: true, observed: '200', expected: '200' });
  });

  it('runs the safe default kinds when --kinds is absent (no tls for http, no rate-limit burst)', async () => {
    const io = captureIo(ALLOW);
    await runCli(['probe', `${server.origin}/health`, '--json'], io);
    const kinds = JSON.parse(io.out()).results.map((result: { kind: string }) => result.kind);
    expect(kinds).toEqual(['http', 'redirect', 'headers', 'cors', 'compression', 'exposure']);
  });

  it.each([
    { args: ['probe'], env: {}, message: 'give the URL to probe, e.g. https://api.example.com' },
    {
      args: ['probe', 'api.example.com'],
      env: {},
      message: '"api.example.com" is not a URL; write it with its scheme, e.g. https://api.example.com',
    },
    {
      args: ['probe', 'ftp://files.example.com'],
      env: {},
      message: '"ftp://files.example.com" is not an http:// or https:// URL',
    },
    {
      args: ['probe', 'https://a.example', 'https://b.example'],
      env: {},
      message: 'one URL at a time (got 2: https://a.example https://b.example)',
    },
    {
      args: ['probe', 'https://a.example', '--kinds', 'tls,bogus'],
      env: {},
      message:
        'unknown probe kind "bogus" (kinds: http, tls, redirect, headers, cors, rate-limit, metrics, compression, exposure, dns, tcp)',
    },
    {
      args: ['probe', 'https://a.example', '--kinds', 'http,promql'],
      env: {},
      message: 'promql reads a query from Prometheus, not a URL: put it in a template (docs/probes.md#promql)',
    },
    {
      args: ['probe', 'https://a.example', '--kinds'],
      env: {},
      message: '--kinds needs a list, e.g. --kinds tls,headers',
    },
    {
      args: ['probe', 'https://a.example', '--kinds', ','],
      env: {},
      message: '--kinds is empty; name at least one kind, e.g. --kinds tls',
    },
    { args: ['probe', 'https://a.example', '--verbose'], env: {}, message: 'unknown option "--verbose"' },
    {
      args: ['probe', 'http://a.example', '--kinds', 'tls'],
      env: {},
      message: 'tls needs an https:// URL, not http://a.example/',
    },
    {
      args: ['probe', 'https://a.example'],
      env: { PROBE_TIMEOUT_MS: 'ten' },
      message: 'PROBE_TIMEOUT_MS: write a whole number of milliseconds, e.g. 10000',
    },
    {
      args: ['probe', 'https://a.example'],
      env: { PROBE_ALLOW_PRIVATE: 'maybe' },
      message: 'PROBE_ALLOW_PRIVATE: write true or false',
    },
  ])('exits 2 on a usage error: $message', async ({ args, env, message }) => {
    const io = captureIo(env);
    expect(await runCli(args, io)).toBe(2);
    expect(io.err()).toBe(
      `deploy-checklist probe: ${message}\nusage: deploy-checklist probe <url> [--kinds http,tls,headers,...] [--json]\n`,
    );
    expect(io.out()).toBe('');
  });
});
