// The client that times acks, on a thread of its own. On the thread that also serves the fake Slack, a request's
// answer waited behind whatever the fake Slack was doing: chat.update and chat.postMessage calls that the bot makes
// after its acks (and the bare Bolt floor never makes). Those waits counted against the bot's ack and not the
// floor's, though real Slack does that work on its own servers. Here both apps are timed by the same client, whose
// event loop does nothing else. The requests are built on the main thread (with the fake Slack's messages, as
// Slack builds them) and signed here when they are sent.

import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createSlackClient, type RawInput, type SlackTestClient } from '../test/support/signed-requests.ts';

type LoadThreadData = { role: 'slack-bench-load'; signingSecret: string };
type LoadWork = { baseUrl: string; inputs: RawInput[]; concurrency: number } | { stop: true };
type LoadRequest = LoadWork & { id: number };
type LoadReply = { id: number; latencies: number[]; failures: string[] };

/** Sends every input with at most `concurrency` in flight; returns each call's latency in ms, in sending order. */
async function timedPool(
  client: SlackTestClient,
  inputs: readonly RawInput[],
  concurrency: number,
): Promise<{ latencies: number[]; failures: string[] }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const input = inputs[next++] as RawInput;
      const started = performance.now();
      const res = await client.raw(input);
      latencies.push(performance.now() - started);
      if (res.status !== 200) failures.push(`HTTP ${res.status}: ${res.body.slice(0, 120)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, lane));
  return { latencies, failures };
}

function serveLoad(data: LoadThreadData): void {
  const port = parentPort;
  if (port === null) throw new Error('the load thread needs a parent');
  // One keep-alive client per app, as Slack keeps connections to an app open.
  const clients = new Map<string, SlackTestClient>();
  port.on('message', (request: LoadRequest) => {
    if ('stop' in request) {
      port.postMessage({ id: request.id, latencies: [], failures: [] } satisfies LoadReply);
      return;
    }
    let client = clients.get(request.baseUrl);
    if (!client) {
      client = createSlackClient({ baseUrl: request.baseUrl, signingSecret: data.signingSecret, keepAlive: true });
      clients.set(request.baseUrl, client);
    }
    void timedPool(client, request.inputs, request.concurrency).then(({ latencies, failures }) =>
      port.postMessage({ id: request.id, latencies, failures } satisfies LoadReply),
    );
  });
}

if (!isMainThread && (workerData as LoadThreadData | undefined)?.role === 'slack-bench-load') {
  serveLoad(workerData as LoadThreadData);
}

export type LoadThread = {
  /** Sends the requests to the app at baseUrl, `concurrency` at a time; latencies in ms and the non-200 answers. */
  send: (
    baseUrl: string,
    inputs: RawInput[],
    concurrency: number,
  ) => Promise<{ latencies: number[]; failures: string[] }>;
  close: () => Promise<void>;
};

export function startLoadThread(signingSecret: string): LoadThread {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role: 'slack-bench-load', signingSecret } satisfies LoadThreadData,
  });
  const waiting = new Map<number, (reply: LoadReply) => void>();
  let failed: unknown;
  worker.on('message', (reply: LoadReply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  worker.on('error', (error) => {
    failed = error;
    for (const resolve of waiting.values()) resolve({ id: -1, latencies: [], failures: [String(error)] });
  });
  let nextId = 0;
  const ask = (request: LoadWork) =>
    new Promise<LoadReply>((resolve, reject) => {
      if (failed !== undefined) return reject(failed);
      nextId += 1;
      waiting.set(nextId, resolve);
      worker.postMessage({ ...request, id: nextId });
    });
  return {
    send: async (baseUrl, inputs, concurrency) => {
      const { latencies, failures } = await ask({ baseUrl, inputs, concurrency });
      return { latencies, failures };
    },
    close: async () => {
      await ask({ stop: true });
      await worker.terminate();
    },
  };
}
