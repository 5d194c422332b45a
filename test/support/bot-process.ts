// The real entry point (src/main.ts) in a child process, as a supervisor runs it: environment in, JSON log lines
// out, signals to stop it. No vitest import here, so any test can use it.

import { type ChildProcess, spawn } from 'node:child_process';
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

/**
 * Starts `src/main.ts` (through jiti, as the TypeScript sources are) with exactly `env` plus PATH, and waits until
 * it logs that it is running. The port comes from that line, so PORT=0 works.
 */
export async function startBotProcess(env: Record<string, string>, startTimeoutMs = 90_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'jiti/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
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
  await waitForLog((entry) => entry.message === 'deploy-checklist is running', startTimeoutMs);
  const running = logs.find((entry) => entry.message === 'deploy-checklist is running');
  return { child, port: Number(running?.port), logs, exited, waitForLog };
}

function signalNumber(signal: NodeJS.Signals | null): number {
  if (signal === 'SIGKILL') return 9;
  if (signal === 'SIGINT') return 2;
  return 15;
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
