import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Bot, startBot } from '../../src/bot.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { SharedClock } from '../../src/runtime/shared-clock.ts';
import { freshJournalPath } from './bot-process.ts';
import { type FakeMessage, type FakeSlack, startFakeSlack } from './fake-slack.ts';
import { createSlackClient, type SlackTestClient } from './signed-requests.ts';
import { createFreshDatabase } from './test-database.ts';

export const SIGNING_SECRET = 'test-signing-secret-123';
export const CHANNEL = 'C0TEST';
/** The test templates, found from test/support (vitest) or dist/test/support (compiled, for benchmarks). */
export const FIXTURE_TEMPLATES = fixtureTemplatesDir();

function fixtureTemplatesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const root of [path.resolve(here, '../..'), path.resolve(here, '../../..')]) {
    const dir = path.join(root, 'test', 'fixtures', 'templates');
    if (existsSync(dir)) return dir;
  }
  throw new Error(`cannot find test/fixtures/templates from ${here}`);
}

/**
 * How long a hook that starts the core in its own thread may take. The thread loads the TypeScript sources through
 * jiti, which transforms them (and the CommonJS packages they use) once into node_modules/.cache/jiti: seconds when
 * that cache is cold, as after `npm ci`, on a busy machine.
 */
export const CORE_THREAD_START_MS = 120_000;

/** A clock tests move by hand; its time is shared memory, so a core thread sees every move at once. */
export class TestClock {
  private readonly shared: SharedClock;
  constructor(start: Date = new Date('2026-11-22T10:00:00Z')) {
    this.shared = new SharedClock(new SharedArrayBuffer(8), start);
  }
  get buffer(): SharedArrayBuffer {
    return this.shared.buffer;
  }
  now = (): Date => this.shared.now();
  advance(ms: number): void {
    this.shared.set(new Date(this.shared.now().getTime() + ms));
  }
  set(date: Date): void {
    this.shared.set(date);
  }
}

/**
 * How long a harness waits for the bot's running requests and jobs when it stops it, as SHUTDOWN_TIMEOUT_SECONDS
 * bounds a real stop. Past it the bot stops anyway and the harness prints what the bot logged last, so a stop that
 * would otherwise wait for ever (and hold the whole test run) fails one test with the reason in view.
 */
export const HARNESS_STOP_WAIT_MS = 10_000;

export type Harness = {
  fake: FakeSlack;
  bot: Bot;
  slack: SlackTestClient;
  clock: TestClock;
  databaseUrl: string;
  logs: string[];
  /** Runs the outbox until nothing is due (in the core thread when there is one). */
  drain: () => Promise<void>;
  /** Stops the bot, runs `whileStopped` (advance the clock, break Slack…), and starts it on the same database. */
  restart: (whileStopped?: () => void | Promise<void>) => Promise<void>;
  close: () => Promise<void>;
};

export type HarnessOptions = {
  env?: Record<string, string>;
  /** A database the test manages itself; by default a fresh one of the run's kind (TEST_DATABASE), dropped on close. */
  databaseUrl?: string;
  processBeforeResponse?: boolean;
  fake?: FakeSlack;
  clock?: TestClock;
  /** Run the core in its own worker thread, as production does (default: on the test's thread, faster to start). */
  coreThread?: boolean;
};

/** The environment of a bot that talks to a fake Slack, on port 0 of 127.0.0.1, with the fixture templates. */
export function botEnvFor(
  fake: FakeSlack,
  options: { databaseUrl: string; signingSecret: string },
): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: fake.token,
    SLACK_SIGNING_SECRET: options.signingSecret,
    SLACK_API_URL: fake.url,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    TEMPLATES_DIR: FIXTURE_TEMPLATES,
    // Pacing would otherwise dominate every test and figure.
    POST_INTERVAL_MS: '0',
  };
}

/** The real bot on port 0 with a fresh database (SQLite or PostgreSQL, as TEST_DATABASE says), talking to a fake Slack. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? (await startFakeSlack({ channels: [CHANNEL, 'C0OTHER', 'C0PRIVATE'] }));
  const clock = options.clock ?? new TestClock();
  const database = options.databaseUrl === undefined ? await createFreshDatabase() : undefined;
  const databaseUrl = options.databaseUrl ?? database!.url;
  const logs: string[] = [];
  const env = {
    ...botEnvFor(fake, { databaseUrl, signingSecret: SIGNING_SECRET }),
    LOG_LEVEL: 'debug',
    CORE_THREAD: options.coreThread ? 'true' : 'false',
    // Kept across restart(): a restarted bot replays what this one acknowledged.
    REQUEST_JOURNAL: freshJournalPath(),
    ...options.env,
  };
  const config = loadConfig(env);
  const logger: Logger = createLogger('debug', {
    secrets: [config.slack.botToken, config.slack.signingSecret],
    write: (line) => logs.push(line),
  });
  const boot = () =>
    startBot(config, {
      now: clock.now,
      clock: clock.buffer,
      logger,
      processBeforeResponse: options.processBeforeResponse ?? true,
      schedule: false,
      openStore: true,
    });
  let bot: Bot;
  try {
    bot = await boot();
  } catch (error) {
    // A bot that cannot start leaves no database behind on the shared server.
    if (!options.fake) await fake.close();
    await database?.drop();
    throw error;
  }
  const harness: Harness = {
    fake,
    bot,
    clock,
    databaseUrl,
    logs,
    slack: createSlackClient({
      baseUrl: `http://127.0.0.1:${bot.port}`,
      signingSecret: SIGNING_SECRET,
      fakeSlack: fake,
    }),
    drain: async () => {
      await harness.bot.core.drain();
    },
    restart: async (whileStopped) => {
      await stopBounded(harness.bot, logs);
      await whileStopped?.();
      bot = await boot();
      harness.bot = bot;
      harness.slack = createSlackClient({
        baseUrl: `http://127.0.0.1:${bot.port}`,
        signingSecret: SIGNING_SECRET,
        fakeSlack: fake,
      });
    },
    close: async () => {
      await stopBounded(harness.bot, logs);
      if (!options.fake) await fake.close();
      await database?.drop();
    },
  };
  return harness;
}

/** Stops the bot within HARNESS_STOP_WAIT_MS for its running work; says what it was doing when that ran out. */
async function stopBounded(bot: Bot, logs: string[]): Promise<void> {
  const started = Date.now();
  await bot.stop(HARNESS_STOP_WAIT_MS);
  const tookMs = Date.now() - started;
  if (tookMs >= HARNESS_STOP_WAIT_MS)
    process.stderr.write(
      `the bot took ${tookMs} ms to stop (work still running after ${HARNESS_STOP_WAIT_MS} ms); its last log lines:\n${logs.slice(-30).join('\n')}\n`,
    );
}

/** The deployment card (thread parent) the bot posted most recently in a channel. */
export function lastCard(fake: FakeSlack, channel = CHANNEL): FakeMessage | undefined {
  return [...fake.messages.values()].filter((m) => m.channel === channel && !m.thread_ts).at(-1);
}

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: { action_id: string; value: string; text: { text: string } };
  fields?: Array<{ text: string }>;
  elements?: Array<{ text?: string | { text: string }; action_id?: string; value?: string }>;
};

/** Finds the message and block showing an item, as a user would find it in the thread. */
export function findItem(fake: FakeSlack, parentTs: string, itemKey: string): { message: FakeMessage; block: Block } {
  for (const message of fake.threadOf(parentTs)) {
    const block = (message.blocks as Block[]).find((b) => b.block_id === `item:${itemKey}`);
    if (block) return { message, block };
  }
  throw new Error(`item ${itemKey} is not shown in the thread of ${parentTs}`);
}

/** Clicks the Tick/Untick button of an item. */
export async function clickItem(h: Pick<Harness, 'fake' | 'slack'>, parentTs: string, itemKey: string, userId: string) {
  const { message, block } = findItem(h.fake, parentTs, itemKey);
  return h.slack.blockAction({
    userId,
    channelId: message.channel,
    messageTs: message.ts,
    threadTs: parentTs,
    actionId: block.accessory?.action_id as string,
    value: block.accessory?.value,
    blockId: block.block_id,
  });
}

export function textOf(message: { blocks: unknown[]; text: string }): string {
  return `${message.text}\n${JSON.stringify(message.blocks)}`;
}
