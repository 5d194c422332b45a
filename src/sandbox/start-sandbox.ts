// The local sandbox: `npm start` without Slack credentials. The real bot (the same Bolt app, listeners, core, store,
// outbox and probes) runs against an embedded Slack stand-in, with a demo service to probe and a clock the page
// can move. Composition only: nothing in the bot knows it is in a sandbox.
//
//   page server (PORT, 127.0.0.1 by default) ──signed requests──▶ bot (127.0.0.1, free port) ──Web API──▶ stand-in
//                     ▲                                                                                 │
//                     └──────────────────────── renders what the stand-in holds ◀──────────────────────┘

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Bot, startBot } from '../bot.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { type DemoService, startDemoService } from './demo-service.ts';
import { SandboxClock } from './sandbox-clock.ts';
import { SANDBOX_CHANNELS, SANDBOX_PEOPLE, SANDBOX_TEAM } from './sandbox-people.ts';
import { type SandboxServer, startSandboxServer } from './sandbox-server.ts';
import { type FakeSlack, type StandInSnapshot, startFakeSlack } from './slack-stand-in.ts';

export type Sandbox = {
  /** The page, e.g. http://localhost:3000/. */
  url: string;
  bot: Bot;
  slack: FakeSlack;
  demo: DemoService;
  clock: SandboxClock;
  /** The configuration the bot runs with (generated credentials, the stand-in's URL, the demo host allowed). */
  botConfig: Config;
  stop: (waitMs?: number) => Promise<void>;
};

export type SandboxOptions = {
  logger: Logger;
  /** Where the compiled page script is (default: found beside this module, or in dist/). */
  clientScriptPath?: string;
  onCoreExit?: (error: Error) => void;
};

type SavedState = { version: 1; clockOffsetMs: number; slack: StandInSnapshot };

/** The one line `npm start` prints in the sandbox. */
export function sandboxBanner(url: string): string {
  return `Sandbox: open ${url} (no Slack workspace; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for a real one)`;
}

/** The page's script, compiled by `npm run build` (src/sandbox/page/client/tsconfig.json). */
function findClientScript(explicit: string | undefined): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = explicit
    ? [explicit]
    : [
        path.join(here, 'page', 'client', 'sandbox-page.js'),
        // Running from the sources (tests): the build's copy.
        path.resolve(here, '..', '..', 'dist', 'src', 'sandbox', 'page', 'client', 'sandbox-page.js'),
      ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`the sandbox page is not built (looked for ${candidates.join(', ')}): run npm run build`);
  return readFileSync(found, 'utf8');
}

/** The stand-in's messages and the clock's offset live beside the SQLite file, so a restart shows the same threads. */
function stateFile(config: Config): string | undefined {
  const file = sqliteFile(config.databaseUrl);
  if (file === undefined) return undefined;
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}-slack.json`);
}

/** The SQLite file of a `file:` DATABASE_URL (read here: a surface never imports the store). */
function sqliteFile(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith('file:')) return undefined;
  const file = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  return file === '' || file === ':memory:' ? undefined : path.resolve(file);
}

function loadState(file: string | undefined, config: Config, logger: Logger): SavedState | undefined {
  if (file === undefined || !existsSync(file)) return undefined;
  // Messages without their deployments would only show buttons that fail: start empty when the database is new.
  const database = sqliteFile(config.databaseUrl);
  if (database === undefined || !existsSync(database)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedState;
    return saved.version === 1 ? saved : undefined;
  } catch (error) {
    logger.warn('the sandbox could not read its saved messages; starting with none', { file, error });
    return undefined;
  }
}

export async function startSandbox(config: Config, options: SandboxOptions): Promise<Sandbox> {
  const { logger } = options;
  const clientScript = findClientScript(options.clientScriptPath);
  const file = stateFile(config);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  const saved = loadState(file, config, logger);
  const triggers = new Map<string, string>();
  // Known once the page server listens; a permalink opens the page at the message.
  let pageUrl = `http://localhost:${config.port}/`;
  const slack = await startFakeSlack({
    token: `xoxb-sandbox-${randomBytes(12).toString('hex')}`,
    teamId: SANDBOX_TEAM.teamId,
    botUserId: SANDBOX_TEAM.botUserId,
    botId: SANDBOX_TEAM.botId,
    appId: SANDBOX_TEAM.appId,
    channels: SANDBOX_CHANNELS.map((c) => c.id),
    maxRecords: 200,
    userOfTrigger: (trigger) => triggers.get(trigger),
    permalink: (channel, ts) => `${pageUrl}#${channel}/${ts}`,
    ...(saved ? { restore: saved.slack } : {}),
  });
  for (const person of SANDBOX_PEOPLE)
    slack.users.set(person.id, {
      real_name: person.name,
      profile: {
        display_name: person.name.split(' ')[0],
        real_name: person.name,
        title: person.title,
        // The pipeline API names an owner by email (users.lookupByEmail).
        email: `${person.name.toLowerCase().replace(/\s+/g, '.')}@sandbox.example`,
      },
    });
  const demo = await startDemoService();
  const clock = new SandboxClock(saved?.clockOffsetMs ?? 0);
  clock.start();
  const signingSecret = randomBytes(24).toString('hex');
  const botConfig: Config = {
    ...config,
    slack: { botToken: slack.token, signingSecret, appToken: undefined, apiUrl: slack.url, socketMode: false },
    // Only the page server is reachable; the bot listens on loopback for it alone.
    port: 0,
    host: '127.0.0.1',
    // The demo service's host and nothing else private.
    probes: { ...config.probes, allowedHosts: [...config.probes.allowedHosts, demo.host] },
    // Nobody else posts in the sandbox's channels: a thread appears at once instead of a message a second.
    scheduler: { ...config.scheduler, postIntervalMs: Math.min(config.scheduler.postIntervalMs, 150) },
  };
  let bot: Bot;
  try {
    bot = await startBot(botConfig, {
      logger,
      now: clock.now,
      clock: clock.buffer,
      ...(options.onCoreExit ? { onCoreExit: options.onCoreExit } : {}),
    });
  } catch (error) {
    clock.stop();
    await Promise.allSettled([slack.close(), demo.close()]);
    throw error;
  }
  let server: SandboxServer;
  try {
    server = await startSandboxServer(
      {
        fake: slack,
        signingSecret,
        botUrl: `http://127.0.0.1:${bot.port}`,
        demoUrl: demo.url,
        clock,
        triggers,
        kick: () => bot.core.kick(),
        logger,
        clientScript,
      },
      { host: config.host, port: config.port },
    );
  } catch (error) {
    await bot.stop(5000);
    clock.stop();
    await Promise.allSettled([slack.close(), demo.close()]);
    throw error;
  }

  pageUrl = server.url;
  let dirty = false;
  let savedOffset = clock.offset;
  slack.onChange(() => {
    dirty = true;
  });
  const save = () => {
    if (!file || (!dirty && savedOffset === clock.offset)) return;
    dirty = false;
    savedOffset = clock.offset;
    const state: SavedState = { version: 1, clockOffsetMs: clock.offset, slack: slack.snapshot() };
    try {
      // Written aside and renamed, so a crash mid-write never leaves half a file.
      writeFileSync(`${file}.tmp`, JSON.stringify(state));
      renameSync(`${file}.tmp`, file);
    } catch (error) {
      logger.warn('the sandbox could not save its messages', { file, error });
    }
  };
  const saver = setInterval(save, 2000);
  saver.unref();

  return {
    url: server.url,
    bot,
    slack,
    demo,
    clock,
    botConfig,
    stop: async (waitMs = Number.POSITIVE_INFINITY) => {
      clearInterval(saver);
      await server.close();
      await bot.stop(waitMs);
      dirty = true;
      save();
      clock.stop();
      await Promise.allSettled([slack.close(), demo.close()]);
    },
  };
}
