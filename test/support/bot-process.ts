// The real entry point (src/main.ts) in a child process, as a supervisor runs it: environment in, JSON log lines
// out, signals to stop it. No vitest import here, so any test can use it.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type BotProcess = {
  child: ChildProcess;
  port: number;
  /** Every log line so far, parsed (the bot logs one JSON object per line on stderr). */
  logs: Array<Record<string, unknown>>;
  /** Resolves with the exit code (or 128 + signal number when killed by a signal). */
  exited: Promise<number>;
  waitForLog: (predicate: (entry: Record<string, unknown>) => boolean, timeoutMs?: number) => Promise<void>;
};

export type BotProcessOptions = {
  /** Where to run (default: this checkout). */
  cwd?: string;
  /** Node arguments (default: `src/main.ts` through jiti, as the TypeScript sources are). */
  entry?: string[];
  startTimeoutMs?: number;
};

/**
 * Starts the bot's entry point with exactly `env` plus PATH, and waits until it logs that it is running. The port
 * comes from that line, so PORT=0 works in HTTP mode.
 */
export async function startBotProcess(
  env: Record<string, string>,
  options: BotProcessOptions = {},
): Promise<BotProcess> {
  const bot = spawnBotProcess(env, options);
  await bot.waitForLog((entry) => entry.message === 'deploy-checklist is running', options.startTimeoutMs ?? 90_000);
  const running = bot.logs.find((entry) => entry.message === 'deploy-checklist is running');
  return { ...bot, port: Number(running?.port) };
}

/** A request journal no other bot uses (src/inbox): replicas of one database must not share one. */
export function freshJournalPath(): string {
  return path.join(tmpdir(), `dc-journal-${process.pid}-${randomBytes(6).toString('hex')}`, 'requests.jsonl');
}

/** Starts `src/main.ts` like startBotProcess without waiting for it (for a start that is meant to fail). */
export function spawnBotProcess(
  env: Record<string, string>,
  options: BotProcessOptions = {},
): Omit<BotProcess, 'port'> {
  const child = spawn(process.execPath, options.entry ?? ['--import', 'jiti/register', 'src/main.ts'], {
    cwd: options.cwd ?? ROOT,
    // Each process is its own replica with its own request journal, unless the test restarts one on purpose.
    env: { PATH: process.env.PATH ?? '', REQUEST_JOURNAL: freshJournalPath(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let buffered = '';
  const output: string[] = [];
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      output.push(line);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not a log line (a stack trace from a crash): kept in `output` for the error message.
      }
      newline = buffered.indexOf('\n');
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? 128 + signalNumber(signal)));
  });
  const waitForLog = async (predicate: (entry: Record<string, unknown>) => boolean, timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    let gone = false;
    void exited.then(() => {
      gone = true;
    });
    while (!logs.some(predicate)) {
      if (Date.now() > until || gone)
        throw new Error(`the bot did not log what was expected${gone ? ' (it exited)' : ''}:\n${output.join('\n')}`);
      await sleep(25);
    }
  };
  return { child, logs, exited, waitForLog };
}

function signalNumber(signal: NodeJS.Signals | null): number {
  if (signal === 'SIGKILL') return 9;
  if (signal === 'SIGINT') return 2;
  return 15;
}

/** A port nothing listens on right now (for Socket Mode's health routes, or an address that refuses). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** GET a path of the bot's HTTP server; undefined when nothing answers (the server is closed). */
export async function getFromBot(port: number, pathname: string): Promise<number | undefined> {
  try {
    const response = await request(`http://127.0.0.1:${port}${pathname}`);
    await response.body.dump();
    return response.statusCode;
  } catch {
    return undefined;
  }
}
