// Click → chat.update in a quiet channel while another channel has a posting backlog, with the default
// POST_INTERVAL_MS (the slack bench sets it to 0, which hides this). Twenty deployments started at once in channel B
// queue their cards and phase messages behind B's post pacer (about one post per 1.1 s, so well over a minute of
// posts); meanwhile items are ticked in channel A one at a time, each waiting for the chat.update that shows it.
// The same ticks with no backlog anywhere are the quiet-channel figure printed beside it. The bot runs on a thread
// of its own (the slack bench's app thread), on SQLite.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { botEnvFor } from '../test/support/bot-harness.ts';
import { startFakeSlack } from '../test/support/fake-slack.ts';
import { createSlackClient } from '../test/support/signed-requests.ts';
import { type Bench, type BenchFigure, type BenchTarget, percentile } from './bench-report.ts';
import { type ButtonValue, type ItemButton, itemButtons, settle, shows, startAppThread } from './slack-bench.ts';

const SIGNING_SECRET = 'bench-signing-secret-123';
const QUIET_CHANNEL = 'C0QUIETA';
const BUSY_CHANNEL = 'C0BUSYB';
const QUIET_DEPLOYMENTS = 2;
const BUSY_DEPLOYMENTS = 20;
const TICKS = 200;
const WARM_TICKS = 40;
const P99_TARGET_MS = 100;

export const busyChannelBench: Bench = {
  name: 'busy-channel',
  run: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deploy-checklist-busy-bench-'));
    const fake = await startFakeSlack({ channels: [QUIET_CHANNEL, BUSY_CHANNEL] });
    // The default post interval: botEnvFor turns pacing off for tests, this scenario is about pacing.
    const env = withoutPacingOverride({
      ...botEnvFor(fake, { databaseUrl: `file:${path.join(dir, 'bench.db')}`, signingSecret: SIGNING_SECRET }),
      LOG_LEVEL: 'warn',
      // The backlog is still posting when the bench ends: stop without waiting for it.
      SHUTDOWN_TIMEOUT_SECONDS: '1',
    });
    const bot = await startAppThread('ours', env);
    const client = createSlackClient({
      baseUrl: `http://127.0.0.1:${bot.port}`,
      signingSecret: SIGNING_SECRET,
      fakeSlack: fake,
      keepAlive: true,
    });
    const failures: string[] = [];
    try {
      for (let d = 0; d < QUIET_DEPLOYMENTS; d++) {
        await client.command({
          text: `start quiet-${d} v1.0.${d} production`,
          userId: 'U0OWNER',
          channelId: QUIET_CHANNEL,
        });
      }
      // Every card and phase of A is posted (paced: about 1.1 s apart) before anything is measured.
      const postedIn = (channel: string) =>
        fake.callsTo('chat.postMessage').filter((call) => call.args.channel === channel && call.response.ok).length;
      const giveUp = performance.now() + 90_000;
      for (let seen = -1, since = performance.now(); performance.now() - since < 3000; ) {
        if (performance.now() > giveUp) throw new Error('the quiet channel never finished posting its deployments');
        await sleep(250);
        await settle(bot, fake);
        if (postedIn(QUIET_CHANNEL) !== seen || seen === 0)
          [seen, since] = [postedIn(QUIET_CHANNEL), performance.now()];
      }
      const buttons = itemButtons(fake, QUIET_CHANNEL);
      if (buttons.length === 0) throw new Error('no item buttons in the quiet channel');

      // One tick at a time, each waiting for the chat.update that shows it: the latency a person clicking sees.
      const done = new Map<ItemButton, boolean>();
      let next = 0;
      const tick = async (): Promise<number> => {
        const button = buttons[next++ % buttons.length] as ItemButton;
        const to = !(done.get(button) ?? false);
        done.set(button, to);
        const started = performance.now();
        const shown = fake.waitFor((call) => shows(call, button, to), { timeoutMs: 30_000 });
        const res = await client.blockAction({
          userId: 'U0TICK',
          channelId: button.channel,
          messageTs: button.messageTs,
          threadTs: button.parentTs,
          actionId: 'tick-item',
          blockId: `item:${button.key}`,
          value: JSON.stringify({ v: 1, d: button.deploymentId, i: button.key, to } satisfies ButtonValue),
        });
        if (res.status !== 200) failures.push(`HTTP ${res.status}`);
        await shown;
        return performance.now() - started;
      };
      const ticks = async (count: number) => {
        const latencies: number[] = [];
        for (let i = 0; i < count; i++) latencies.push(await tick());
        return latencies;
      };

      await ticks(WARM_TICKS);
      await settle(bot, fake);
      const quiet = await ticks(TICKS);
      await settle(bot, fake);

      // The backlog: twenty starts at once in channel B; their cards and phases wait for B's post slots.
      const busyPosts = () => postedIn(BUSY_CHANNEL);
      const starts = await Promise.all(
        Array.from({ length: BUSY_DEPLOYMENTS }, (_, d) =>
          client.command({
            text: `start busy-${d} v2.0.${d} production`,
            // Several people: one person's starts are limited per minute (START_LIMIT_PER_PERSON_PER_MINUTE).
            userId: `U0OWNER${d % 4}`,
            channelId: BUSY_CHANNEL,
          }),
        ),
      );
      for (const res of starts) if (res.status !== 200) failures.push(`HTTP ${res.status}`);
      // The backlog is under way: B's first card is out and the rest wait for B's post slots.
      await fake.waitFor((call) => call.method === 'chat.postMessage' && call.args.channel === BUSY_CHANNEL, {
        timeoutMs: 60_000,
      });
      const postedBefore = busyPosts();
      const busy = await ticks(TICKS);
      const postedDuring = busyPosts() - postedBefore;
      const logLines = (await bot.call('busy')).logLines ?? [];
      // A start posts as many messages in B as one in A did (the same template): the card and its phases.
      const perStart = postedIn(QUIET_CHANNEL) / QUIET_DEPLOYMENTS;
      const owed = perStart * BUSY_DEPLOYMENTS;

      const quietP50 = percentile(quiet, 50);
      const quietP99 = percentile(quiet, 99);
      const busyP50 = percentile(busy, 50);
      const busyP99 = percentile(busy, 99);
      const figures: BenchFigure[] = [
        { label: `ticks in channel A, one at a time`, value: busy.length, unit: '' },
        { label: 'click → chat.update p50, quiet (no backlog)', value: quietP50, unit: 'ms' },
        { label: `click → chat.update p50, ${BUSY_DEPLOYMENTS} starts posting in B`, value: busyP50, unit: 'ms' },
        { label: 'click → chat.update p99, quiet (no backlog)', value: quietP99, unit: 'ms' },
        { label: `click → chat.update p99, ${BUSY_DEPLOYMENTS} starts posting in B`, value: busyP99, unit: 'ms' },
        { label: 'posts in B while A was ticked (paced, ~1 per 1.1 s)', value: postedDuring, unit: '' },
        { label: 'posts in B still waiting when the ticks ended', value: Math.max(0, owed - busyPosts()), unit: '' },
        { label: 'bot warnings and errors logged', value: logLines.length, unit: '' },
      ];
      const targets: BenchTarget[] = [
        {
          label: `click → chat.update p99 ≤ ${P99_TARGET_MS} ms in channel A while B posts its backlog [SQLite]`,
          ok: busyP99 <= P99_TARGET_MS,
          detail: `${busyP99.toFixed(2)} ms over ${busy.length} ticks (quiet: ${quietP99.toFixed(2)} ms)`,
        },
        {
          label: 'every request answered 200',
          ok: failures.length === 0,
          detail: failures.length === 0 ? 'yes' : `${failures.length} failed, first: ${failures[0]}`,
        },
      ];
      return { name: 'busy-channel', figures, targets };
    } finally {
      await bot.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** The bot's test environment without the POST_INTERVAL_MS=0 tests set: posts are paced by the default interval. */
function withoutPacingOverride(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'POST_INTERVAL_MS'));
}
