import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ProbeSettings } from '../src/probes/probe-settings.ts';
import { type ProbeRequest, runProbes } from '../src/probes/run-probes.ts';
import type { LookupFn } from '../src/probes/types.ts';
import {
  reply,
  routes,
  SECURE_HEADERS,
  startHttpServer,
  startHttpsServer,
  type TestServer,
} from '../test/support/probe-servers.ts';
import { createTestPki } from '../test/support/test-certificates.ts';
import { type Bench, type BenchReport, percentile } from './bench-report.ts';

const SLOWEST_MS = 300;
const CONCURRENCY_FACTOR = 1.3;
// A CLI in a deploy script or a terminal should answer before a person wonders whether it hung. The target is
// on the process's CPU time, which on an idle machine is its wall time: on a busy two-core machine the wall
// time doubles with the load while the work done stays the same.
const COLD_START_TARGET_MS = 1_000;
// Preloaded into the spawned CLI: reports the process's own CPU time (all threads) as it exits.
const REPORT_CPU = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu-us ' + (u.user + u.system) + '\\n'); });`;
const ROUNDS = 5;

const HEADERS = { 'content-type': 'application/json', ...SECURE_HEADERS };
const EXPOSITION = '# TYPE http_requests_total counter\nhttp_requests_total{code="200"} 7\n';
// Every name the suite uses is this machine: the bench never leaves loopback.
const lookup: LookupFn = async () => [{ address: '127.0.0.1', family: 4 }];

/**
 * Twelve probes of eleven kinds against local servers whose slowest endpoint answers in 300 ms: run together
 * they should take about as long as that slowest one. And the CLI's cold start, spawned from dist/.
 */
export const probeBench: Bench = {
  name: 'probes',
  async run(): Promise<BenchReport> {
    const pki = createTestPki();
    const caFile = join(pki.dir, 'ca.pem');
    writeFileSync(caFile, pki.root.cert);
    let limited = 0;
    let securePort = 0;
    const page = gzipSync('compressible '.repeat(400));
    const handler = routes({
      '/slow': (_request, response) => {
        setTimeout(() => response.writeHead(200, HEADERS).end('{"status":"ok"}'), SLOWEST_MS);
      },
      '/health': reply(200, HEADERS, '{"status":"ok"}'),
      '/page': (_request, response) => {
        response.writeHead(200, { ...HEADERS, 'content-encoding': 'gzip', vary: 'Accept-Encoding' }).end(page);
      },
      '/metrics': reply(200, { 'content-type': 'text/plain' }, EXPOSITION),
      '/limited': (_request, response) => {
        response.writeHead(++limited % 10 === 0 ? 429 : 200, { 'retry-after': '1' }).end();
      },
      '/to-https': (request, response) => {
        reply(301, { location: `https://localhost:${securePort}/health` })(request, response);
      },
    });
    const secure = await startHttpsServer(handler, pki.root.issue({ names: ['localhost', '127.0.0.1'], days: 90 }));
    securePort = secure.port;
    const plain = await startHttpServer(handler);
    try {
      const settings: ProbeSettings = {
        allowPrivate: true,
        allowedHosts: [],
        timeoutMs: 5_000,
        deadlineMs: 10_000,
        caFile,
      };
      const suite = probeSuite(plain, secure);
      const slowest = suite.slice(0, 1);
      await runProbes(suite, { settings, lookup }); // warm-up: JIT, TLS contexts, the CA file's first read
      const solo: number[] = [];
      const together: number[] = [];
      let failures: string[] = [];
      let inside: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        solo.push(await wallTime(() => runProbes(slowest, { settings, lookup })));
        together.push(
          await wallTime(async () => {
            const results = await runProbes(suite, { settings, lookup });
            failures = results
              .filter(({ result }) => result.outcome !== 'pass')
              .map(({ id, result }) => `${id}: ${result.summary}`);
            inside = results.map(({ result }) => result.durationMs);
          }),
        );
      }
      const soloMs = percentile(solo, 50);
      const togetherMs = percentile(together, 50);
      const coldStarts: ColdStart[] = [];
      for (let round = 0; round < ROUNDS; round++) coldStarts.push(await cliColdStart(`${plain.origin}/health`));
      const coldExit = Math.max(...coldStarts.map((start) => start.code));
      const coldCpuMs = percentile(
        coldStarts.map((start) => start.cpuMs),
        50,
      );
      const coldMs = percentile(
        coldStarts.map((start) => start.ms),
        50,
      );
      return {
        name: 'probes',
        figures: [
          { label: `slowest probe alone (median of ${ROUNDS})`, value: soloMs, unit: 'ms' },
          { label: `${suite.length} probes together, wall time (median of ${ROUNDS})`, value: togetherMs, unit: 'ms' },
          { label: 'together / slowest alone', value: togetherMs / soloMs, unit: '×' },
          { label: 'each probe inside the last run, median', value: percentile(inside, 50), unit: 'ms' },
          { label: `CLI cold start, probe --kinds http (median of ${ROUNDS})`, value: coldMs, unit: 'ms' },
          { label: 'CLI cold start, slowest run', value: Math.max(...coldStarts.map((start) => start.ms)), unit: 'ms' },
          { label: `CLI cold start, CPU time (median of ${ROUNDS})`, value: coldCpuMs, unit: 'ms' },
        ],
        targets: [
          {
            label: `${suite.length} concurrent probes within ${CONCURRENCY_FACTOR}× the slowest`,
            ok: togetherMs <= CONCURRENCY_FACTOR * soloMs,
            detail: `${togetherMs.toFixed(0)} ms vs ${(CONCURRENCY_FACTOR * soloMs).toFixed(0)} ms allowed`,
          },
          {
            label: 'every probe of the suite passes',
            ok: failures.length === 0,
            detail: failures.length === 0 ? `${suite.length} of ${suite.length}` : failures.join('; '),
          },
          {
            label: `CLI cold start under ${COLD_START_TARGET_MS} ms of CPU`,
            ok: coldCpuMs < COLD_START_TARGET_MS && coldExit === 0,
            detail: `${coldCpuMs.toFixed(0)} ms CPU, ${coldMs.toFixed(0)} ms wall (median), exit code ${coldExit}`,
          },
        ],
      };
    } finally {
      await Promise.all([plain.close(), secure.close()]);
      pki.cleanup();
    }
  },
};

function probeSuite(plain: TestServer, secure: TestServer): ProbeRequest[] {
  const https = `https://localhost:${secure.port}`;
  const entries: Array<[ProbeRequest['spec']['kind'], string, Record<string, unknown>]> = [
    ['http', `${plain.origin}/slow`, { samples: 1, warmup: 0 }],
    ['http', `${https}/health`, { expectBody: { status: 'ok' } }],
    ['tls', https, {}],
    ['headers', `${https}/health`, {}],
    ['cors', `${plain.origin}/health`, {}],
    ['compression', `${https}/page`, {}],
    ['exposure', plain.origin, {}],
    ['metrics', `${plain.origin}/metrics`, { require: ['http_requests_total'] }],
    ['redirect', `http://localhost:${plain.port}/to-https`, {}],
    ['dns', 'localhost', { expectAddresses: ['127.0.0.1'] }],
    ['tcp', `127.0.0.1:${secure.port}`, {}],
    ['rate-limit', `${plain.origin}/limited`, { requests: 50, concurrency: 2 }],
  ];
  return entries.map(([kind, target, options], index) => ({
    id: `${index + 1}-${kind}`,
    spec: { kind, target, required: true, options },
  }));
}

async function wallTime(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

type ColdStart = { ms: number; cpuMs: number; code: number };

/** Spawns the compiled CLI (dist/src/cli/main.js beside this file's dist/bench/) and times it to exit. */
function cliColdStart(url: string): Promise<ColdStart> {
  const main = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const preload = `data:text/javascript,${encodeURIComponent(REPORT_CPU)}`;
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', preload, main, 'probe', url, '--kinds', 'http'], {
    env: { ...process.env, PROBE_ALLOW_PRIVATE: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const cpuUs = Number(/cpu-us (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({ ms: performance.now() - started, cpuMs: cpuUs / 1000, code: code ?? 1 });
    });
  });
}
