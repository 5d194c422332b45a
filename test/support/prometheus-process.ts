import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { closedPort } from './probe-servers.ts';

export type PrometheusProcess = {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Runs an instant query directly (not through the probe), for waiting on scrapes. */
  query: (promql: string) => Promise<Array<{ metric: Record<string, string>; value: [number, string] }>>;
  /** What Prometheus printed, for a failure message. */
  output: () => string;
  stop: () => Promise<void>;
};

const MISSING = [
  'the prometheus binary is not installed: the promql probe tests run against a real Prometheus.',
  'Install it with `apt-get install -y prometheus` (Debian; .ci/run does this when it is missing).',
].join(' ');

/** The binary, or a failure saying how to get it: CI installs it, so a silent skip would hide a broken setup. */
export function prometheusBinary(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(MISSING);
  }
}

/**
 * Starts Prometheus on a free 127.0.0.1 port with a temporary TSDB, scraping each target every second under its
 * job name, and waits until it is ready. Waiting for scrapes is the caller's (`waitFor`).
 */
export async function startPrometheus(scrapes: Array<{ job: string; target: string }>): Promise<PrometheusProcess> {
  const binary = prometheusBinary();
  const dir = await mkdtemp(path.join(tmpdir(), 'deploy-checklist-prometheus-'));
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  scrape_timeout: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    ...scrapes.flatMap(({ job, target }) => [
      `  - job_name: ${JSON.stringify(job)}`,
      '    static_configs:',
      `      - targets: [${JSON.stringify(target)}]`,
    ]),
  ].join('\n');
  await writeFile(path.join(dir, 'prometheus.yml'), `${config}\n`);
  const port = await closedPort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, delay(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };

  const query: PrometheusProcess['query'] = async (promql) => {
    const response = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await response.json()) as { data?: { result?: unknown } };
    return (body.data?.result ?? []) as Array<{ metric: Record<string, string>; value: [number, string] }>;
  };

  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`prometheus exited with code ${child.exitCode}:\n${output}`);
        const response = await fetch(`${url}/-/ready`).catch(() => undefined);
        return response?.status === 200;
      },
      { timeoutMs: 30_000, what: `prometheus to be ready on ${url}` },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, query, output: () => output, stop };
}

/** Polls until `condition` holds: a real Prometheus scrapes on its own clock, so the test waits for it, bounded. */
export async function waitFor(
  condition: () => Promise<boolean>,
  { timeoutMs, what }: { timeoutMs: number; what: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await delay(100);
  }
}
