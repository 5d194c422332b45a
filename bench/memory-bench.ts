// Resident memory of the bot process, as an operator sees it: the compiled entry point (dist/src/main.js) in a
// process of its own on SQLite, against a fake Slack in this process. Idle is VmRSS at rest: the median of the
// samples taken over the last two of the first ten seconds after start-up (start-up work and its garbage are gone by
// then; three seconds in, the same process reads 5-15 MiB higher and varies run to run). Peak is VmHWM (the
// kernel's high-water mark) after a load of starts in several channels and a run of ticks. With
// the core in its own thread (the default) both have targets; CORE_THREAD=false is printed beside it.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { botEnvFor } from '../test/support/bot-harness.ts';
import { startBotProcess } from '../test/support/bot-process.ts';
import { type FakeSlack, startFakeSlack } from '../test/support/fake-slack.ts';
import { createSlackClient } from '../test/support/signed-requests.ts';
import type { Bench, BenchFigure, BenchTarget } from './bench-report.ts';
import { itemButtons } from './slack-bench.ts';

const SIGNING_SECRET = 'bench-signing-secret-123';
const CHANNELS = ['C0MEMA', 'C0MEMB', 'C0MEMC', 'C0MEMD', 'C0MEME'];
const STARTS_PER_CHANNEL = 8;
const TICKS = 400;
const IDLE_TARGET_MIB = 150;
const PEAK_TARGET_MIB = 250;
/** How long the bot rests after start-up before its idle RSS is read, and over how much of the end it is sampled. */
const IDLE_AFTER_MS = 10_000;
const IDLE_SAMPLED_MS = 2_000;
const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/main.js');

/** VmRSS and VmHWM of a process, in MiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** The median VmRSS over the end of a rest after start-up, sampled every 250 ms. */
async function idleRss(pid: number): Promise<number> {
  await sleep(IDLE_AFTER_MS - IDLE_SAMPLED_MS);
  const samples: number[] = [];
  for (let waited = 0; waited <= IDLE_SAMPLED_MS; waited += 250) {
    samples.push(memoryOf(pid).rss);
    await sleep(250);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** Waits until the fake Slack has seen nothing new for a while (the outbox has caught up). */
async function quiet(fake: FakeSlack, forMs = 1500, atMostMs = 120_000): Promise<void> {
  const giveUp = Date.now() + atMostMs;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < giveUp) {
    const count = fake.calls.length;
    if (count !== seen) {
      seen = count;
      since = Date.now();
    } else if (Date.now() - since >= forMs) return;
    await sleep(100);
  }
}

async function measure(coreThread: boolean): Promise<{ idle: number; peak: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-checklist-memory-bench-'));
  const fake = await startFakeSlack({ channels: CHANNELS });
  const bot = await startBotProcess(
    {
      ...botEnvFor(fake, { databaseUrl: `file:${path.join(dir, 'bench.db')}`, signingSecret: SIGNING_SECRET }),
      CORE_THREAD: String(coreThread),
      // startBotProcess waits for the info line that says the bot is running.
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    // As `npm start` and the container image run it.
    { entry: ['--max-semi-space-size=1', MAIN] },
  );
  try {
    const pid = bot.child.pid as number;
    const idle = await idleRss(pid);
    const client = createSlackClient({
      baseUrl: `http://127.0.0.1:${bot.port}`,
      signingSecret: SIGNING_SECRET,
      fakeSlack: fake,
      keepAlive: true,
    });
    await Promise.all(
      CHANNELS.flatMap((channel, c) =>
        Array.from({ length: STARTS_PER_CHANNEL }, (_, d) =>
          client.command({
            text: `start mem-${c}-${d} v1.0.${d} production`,
            userId: `U0P${c}${d}`,
            channelId: channel,
          }),
        ),
      ),
    );
    await quiet(fake);
    const buttons = CHANNELS.flatMap((channel) => itemButtons(fake, channel));
    for (let i = 0; i < TICKS && buttons.length > 0; i++) {
      const button = buttons[i % buttons.length]!;
      await client.blockAction({
        userId: 'U0TICKER',
        channelId: button.channel,
        messageTs: button.messageTs,
        threadTs: button.parentTs,
        actionId: 'tick-item',
        value: JSON.stringify({ v: 1, d: button.deploymentId, i: button.key, to: i < buttons.length }),
        blockId: `item:${button.key}`,
      });
    }
    await quiet(fake);
    return { idle, peak: memoryOf(pid).peak };
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const memoryBench: Bench = {
  name: 'memory',
  run: async () => {
    const thread = await measure(true);
    const single = await measure(false);
    const figures: BenchFigure[] = [
      { label: 'idle RSS, core in its own thread', value: Math.round(thread.idle), unit: 'MiB' },
      { label: 'peak RSS under load, core in its own thread', value: Math.round(thread.peak), unit: 'MiB' },
      { label: 'idle RSS, CORE_THREAD=false', value: Math.round(single.idle), unit: 'MiB' },
      { label: 'peak RSS under load, CORE_THREAD=false', value: Math.round(single.peak), unit: 'MiB' },
    ];
    const targets: BenchTarget[] = [
      {
        label: `idle RSS ≤ ${IDLE_TARGET_MIB} MiB`,
        ok: thread.idle <= IDLE_TARGET_MIB,
        detail: `${Math.round(thread.idle)} MiB`,
      },
      {
        label: `peak RSS ≤ ${PEAK_TARGET_MIB} MiB`,
        ok: thread.peak <= PEAK_TARGET_MIB,
        detail: `${Math.round(thread.peak)} MiB after ${CHANNELS.length * STARTS_PER_CHANNEL} starts and ${TICKS} ticks`,
      },
    ];
    return { name: 'memory', figures, targets };
  },
};
