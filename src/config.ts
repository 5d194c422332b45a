import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { GithubEnvironments } from './domain/github-environments.ts';
import type { StartLimits } from './domain/start-limits.ts';
import { loadGithubEnvironments } from './github-environments-file.ts';
import type { ProbeSettings } from './probes/probe-settings.ts';
import { ZFlag, ZProbeEnv } from './probes/probe-settings.ts';
import { prometheusSettings, prometheusSourcesFromEnv, ZPrometheusEnv } from './probes/prometheus-source.ts';
import type { DatabaseSettings } from './store/create-store.ts';
import { sqliteFilePath, storeKindOf } from './store/database-url.ts';

const ZPositiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const POOL_SIZE_ERROR = 'must be a whole number of connections, 1 or more';

/** Every environment variable the bot reads (docs/configuration.md's table lists each one). */
export const ZEnv = ZProbeEnv.extend({
  ...ZPrometheusEnv.shape,
  SLACK_BOT_TOKEN: z
    .string({
      error: 'is missing: set it to the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page',
    })
    .regex(/^xoxb-/, 'must be a bot token starting with "xoxb-" ("OAuth & Permissions" → Bot User OAuth Token)'),
  SLACK_SIGNING_SECRET: z
    .string({ error: 'is missing: set it to the Signing Secret from the app\'s "Basic Information" page' })
    .min(8, 'looks too short: copy the whole Signing Secret from "Basic Information"'),
  SLACK_APP_TOKEN: z
    .string()
    .regex(
      /^xapp-/,
      'must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write)',
    )
    .optional(),
  SLACK_API_URL: z
    .url({ error: 'must be a URL such as https://slack.com/api/' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))
    .optional(),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres:\/\/|postgresql:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .default('file:./data/deploy-checklist.db'),
  /** PostgreSQL connections one process may hold open. */
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: POOL_SIZE_ERROR })
    .int({ error: POOL_SIZE_ERROR })
    .positive({ error: POOL_SIZE_ERROR })
    .default(10),
  /** How long startup retries an unreachable database before exiting with code 1. */
  DATABASE_STARTUP_WAIT_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).default(60),
  TEMPLATES_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })
    .default('info'),
  SWEEP_INTERVAL_SECONDS: ZPositiveInt(5),
  /** Minimum gap between two posts in one channel (Slack allows about one per second). */
  POST_INTERVAL_MS: z.coerce.number().int().min(0).default(1100),
  JOB_MAX_ATTEMPTS: ZPositiveInt(12),
  /** How many deployments' jobs the outbox runs at once (a lane waiting for its channel's post slot does not count). */
  OUTBOX_CONCURRENCY: ZPositiveInt(16),
  /** How long a claimed job stays claimed; a replica that dies holding it is taken over after this. */
  JOB_LEASE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().positive().optional(),
  CORE_THREAD: ZFlag.optional().transform((value) => value ?? true),
  /** Open deployments one channel may hold; a start beyond it is refused. */
  START_LIMIT_OPEN_PER_CHANNEL: ZPositiveInt(50),
  /** Deployments one person may start in a minute. */
  START_LIMIT_PER_PERSON_PER_MINUTE: ZPositiveInt(20),
  /** Where acknowledged requests wait until they are stored (src/inbox); one file per replica, kept across restarts. */
  REQUEST_JOURNAL: z.string().optional(),
  /** How long SIGTERM waits for running requests and jobs before the process exits anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(0).default(25),
  /** The local sandbox (src/sandbox): unset = when no Slack credentials are set, outside production. */
  SANDBOX: ZFlag.optional(),
  /** Read only to keep a production setting out of the sandbox (the container image sets `production`). */
  NODE_ENV: z.string().optional(),
  /** The GitHub App that holds deployments until the checklist approves them (docs/github.md): off unless set. */
  GITHUB_APP_ID: z.string().regex(/^\d+$/, "must be the numeric App ID from the GitHub App's settings page").optional(),
  GITHUB_APP_PRIVATE_KEY: z
    .string()
    .regex(/-----BEGIN (RSA )?PRIVATE KEY-----/, "must be the PEM private key generated on the GitHub App's page")
    .optional(),
  GITHUB_APP_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  GITHUB_WEBHOOK_SECRET: z
    .string()
    .min(16, "must be at least 16 characters (the GitHub App's webhook secret)")
    .optional(),
  GITHUB_API_URL: z
    .url({ error: 'must be a URL such as https://api.github.com or https://github.example.com/api/v3' })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://api.github.com'),
  /** Which repository and GitHub environment open which service's checklist, in which channel. */
  GITHUB_ENVIRONMENTS_FILE: z.string().min(1).optional(),
}).superRefine((env, context) => {
  // Half a GitHub App would accept webhooks it cannot answer, or answer nothing: all of it, or none.
  const github = {
    GITHUB_APP_ID: env.GITHUB_APP_ID,
    'GITHUB_APP_PRIVATE_KEY (or GITHUB_APP_PRIVATE_KEY_FILE)':
      env.GITHUB_APP_PRIVATE_KEY ?? env.GITHUB_APP_PRIVATE_KEY_FILE,
    GITHUB_WEBHOOK_SECRET: env.GITHUB_WEBHOOK_SECRET,
    GITHUB_ENVIRONMENTS_FILE: env.GITHUB_ENVIRONMENTS_FILE,
  };
  const missing = Object.entries(github).filter(([, value]) => value === undefined);
  if (missing.length > 0 && missing.length < Object.keys(github).length)
    for (const [name] of missing)
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `is missing: the GitHub App needs ${Object.keys(github).join(', ')} together (docs/github.md)`,
      });
  if (env.GITHUB_APP_PRIVATE_KEY && env.GITHUB_APP_PRIVATE_KEY_FILE)
    context.addIssue({
      code: 'custom',
      path: ['GITHUB_APP_PRIVATE_KEY_FILE'],
      message: 'cannot be set together with GITHUB_APP_PRIVATE_KEY: set one of them',
    });
  // A half-configured metrics store would make every promql probe inconclusive: refuse to start instead.
  const prometheus = prometheusSourcesFromEnv(env);
  if (!prometheus.ok)
    for (const problem of prometheus.problems)
      context.addIssue({ code: 'custom', path: [problem.variable], message: problem.message });
  // A probe run holds its job for up to the probe deadline; a shorter lease would let another replica run it again.
  if (env.JOB_LEASE_SECONDS !== undefined && env.JOB_LEASE_SECONDS * 1000 <= env.PROBE_DEADLINE_MS)
    context.addIssue({
      code: 'custom',
      path: ['JOB_LEASE_SECONDS'],
      message: `must be longer than PROBE_DEADLINE_MS (${env.PROBE_DEADLINE_MS} ms): a probe run holds its job that long`,
    });
  // The worker renews the claims it holds every third of the lease (a job waiting for its channel's post slot keeps
  // its claim); what renewal cannot cover is a renewal that does not get through in time. Below 3 s the renewals
  // come more than once a second and a single slow round trip to the database could let a live claim expire.
  if (env.JOB_LEASE_SECONDS !== undefined && env.JOB_LEASE_SECONDS < 3)
    context.addIssue({
      code: 'custom',
      path: ['JOB_LEASE_SECONDS'],
      message: 'must be at least 3 seconds: the claims a replica holds are renewed every third of the lease',
    });
});

export type Config = {
  /**
   * Run the local sandbox instead of connecting to Slack (no credentials were set). The `slack` fields then hold
   * placeholders: src/sandbox/start-sandbox.ts generates the token and secret its Slack stand-in accepts.
   */
  sandbox: boolean;
  slack: {
    botToken: string;
    signingSecret: string;
    appToken: string | undefined;
    apiUrl: string | undefined;
    socketMode: boolean;
  };
  port: number;
  host: string;
  databaseUrl: string;
  /** PostgreSQL pool and startup wait (SQLite ignores them). */
  database: DatabaseSettings;
  templatesDir: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  probes: ProbeSettings;
  scheduler: {
    sweepIntervalSeconds: number;
    postIntervalMs: number;
    maxAttempts: number;
    leaseMs: number;
    maxRunningLanes: number;
  };
  /** Run the store, outbox, probes and check-ins in a worker thread, so Slack acks never wait behind them. */
  coreThread: boolean;
  /** The durable inbox of acknowledged requests (src/inbox/request-journal.ts). */
  requestJournal: string;
  /** Bounds on starts (src/domain/start-limits.ts). */
  startLimits: StartLimits;
  shutdownTimeoutMs: number;
  /** The GitHub App (docs/github.md); undefined when it is not configured. */
  github: GithubSettings | undefined;
};

/** What the GitHub App needs: its id and key (the RS256 JWT), the webhook secret, the API, the mapping file. */
export type GithubSettings = {
  appId: string;
  privateKey: string;
  webhookSecret: string;
  apiUrl: string;
  environmentsFile: string;
  /** The mapping file's content, checked at startup. */
  environments: GithubEnvironments;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`deploy-checklist cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses every variable once; all problems are reported together. Nothing else reads process.env. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  // Empty strings are how shells and .env files say "unset".
  const cleaned: Record<string, string> = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  const mode = sandboxMode(cleaned);
  // The sandbox's own defaults: loopback only, and a database of its own so demo data never mixes with a real bot's.
  const parsed = mode.sandbox
    ? {
        HOST: '127.0.0.1',
        DATABASE_URL: SANDBOX_DATABASE_URL,
        ...cleaned,
        SLACK_BOT_TOKEN: SANDBOX_PLACEHOLDER_TOKEN,
        SLACK_SIGNING_SECRET: SANDBOX_PLACEHOLDER_SECRET,
      }
    : cleaned;
  const result = ZEnv.safeParse(parsed);
  const problems = [
    ...mode.problems,
    ...(result.success
      ? []
      : result.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`)),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const e = result.data;
  const github = githubSettings(e);
  if (!github.ok) throw new ConfigError(github.problems);
  return {
    sandbox: mode.sandbox,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      socketMode: e.SLACK_APP_TOKEN !== undefined,
    },
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    database: { poolSize: e.DATABASE_POOL_SIZE, startupWaitSeconds: e.DATABASE_STARTUP_WAIT_SECONDS },
    templatesDir: e.TEMPLATES_DIR,
    logLevel: e.LOG_LEVEL,
    probes: {
      allowPrivate: e.PROBE_ALLOW_PRIVATE,
      allowedHosts: e.PROBE_ALLOWED_HOSTS,
      timeoutMs: e.PROBE_TIMEOUT_MS,
      deadlineMs: e.PROBE_DEADLINE_MS,
      ...(e.PROBE_CA_FILE ? { caFile: e.PROBE_CA_FILE } : {}),
      ...prometheusSettings(e),
    },
    scheduler: {
      sweepIntervalSeconds: e.SWEEP_INTERVAL_SECONDS,
      postIntervalMs: e.POST_INTERVAL_MS,
      maxAttempts: e.JOB_MAX_ATTEMPTS,
      // By default the lease outlives the longest probe run by a minute.
      leaseMs: e.JOB_LEASE_SECONDS !== undefined ? e.JOB_LEASE_SECONDS * 1000 : e.PROBE_DEADLINE_MS + 60_000,
      maxRunningLanes: e.OUTBOX_CONCURRENCY,
    },
    coreThread: e.CORE_THREAD,
    requestJournal:
      e.REQUEST_JOURNAL ??
      defaultRequestJournal(e.DATABASE_URL, mode.sandbox ? 'sandbox-request-journal.jsonl' : 'request-journal.jsonl'),
    startLimits: {
      openPerChannel: e.START_LIMIT_OPEN_PER_CHANNEL,
      startsPerPersonPerMinute: e.START_LIMIT_PER_PERSON_PER_MINUTE,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    github: github.settings,
  };
}

/** The GitHub App's settings, its key read from GITHUB_APP_PRIVATE_KEY_FILE when given as a file. */
function githubSettings(
  e: z.infer<typeof ZEnv>,
): { ok: true; settings: GithubSettings | undefined } | { ok: false; problems: string[] } {
  if (!e.GITHUB_APP_ID || !e.GITHUB_WEBHOOK_SECRET || !e.GITHUB_ENVIRONMENTS_FILE)
    return { ok: true, settings: undefined };
  // A key pasted into a .env file often has its line breaks written as \n.
  let privateKey = e.GITHUB_APP_PRIVATE_KEY?.includes('\n')
    ? e.GITHUB_APP_PRIVATE_KEY
    : e.GITHUB_APP_PRIVATE_KEY?.replace(/\\n/g, '\n');
  if (!privateKey && e.GITHUB_APP_PRIVATE_KEY_FILE) {
    try {
      privateKey = readFileSync(e.GITHUB_APP_PRIVATE_KEY_FILE, 'utf8');
    } catch (error) {
      return {
        ok: false,
        problems: [
          `GITHUB_APP_PRIVATE_KEY_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): ${e.GITHUB_APP_PRIVATE_KEY_FILE}`,
        ],
      };
    }
    if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey))
      return {
        ok: false,
        problems: [`GITHUB_APP_PRIVATE_KEY_FILE does not hold a PEM private key: ${e.GITHUB_APP_PRIVATE_KEY_FILE}`],
      };
  }
  if (!privateKey) return { ok: true, settings: undefined };
  const environments = loadGithubEnvironments(e.GITHUB_ENVIRONMENTS_FILE);
  if (!environments.ok) return environments;
  return {
    ok: true,
    settings: {
      appId: e.GITHUB_APP_ID,
      privateKey,
      webhookSecret: e.GITHUB_WEBHOOK_SECRET,
      apiUrl: e.GITHUB_API_URL,
      environmentsFile: e.GITHUB_ENVIRONMENTS_FILE,
      environments: environments.mapping,
    },
  };
}

/**
 * Beside the SQLite file (the volume that survives a restart), or in the temp directory for PostgreSQL (a pod's
 * writable emptyDir; each replica keeps its own).
 */
function defaultRequestJournal(databaseUrl: string, name: string): string {
  const file = storeKindOf(databaseUrl) === 'sqlite' ? sqliteFilePath(databaseUrl) : ':memory:';
  if (file !== ':memory:') return path.join(path.dirname(file), name);
  return path.join(tmpdir(), 'deploy-checklist', name);
}

/** The sandbox's database when DATABASE_URL is not set: beside a real bot's, never the same file. */
export const SANDBOX_DATABASE_URL = 'file:./data/sandbox.db';
const SANDBOX_PLACEHOLDER_TOKEN = 'xoxb-sandbox-placeholder';
const SANDBOX_PLACEHOLDER_SECRET = 'sandbox-placeholder';

/**
 * Whether to start the sandbox. It never starts when Slack credentials are set, and a production setting never
 * falls into it by mistake: with NODE_ENV=production it takes SANDBOX=true; SANDBOX=false refuses it anywhere.
 */
function sandboxMode(env: Readonly<Record<string, string>>): { sandbox: boolean; problems: string[] } {
  const credentials = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].filter((name) => env[name]);
  const flag = ZFlag.safeParse(env.SANDBOX ?? '');
  // An unreadable SANDBOX is reported by the schema; until it is fixed, no sandbox.
  const wanted = env.SANDBOX === undefined ? undefined : flag.success ? flag.data : false;
  if (wanted === true && credentials.length > 0)
    return {
      sandbox: false,
      problems: [
        `SANDBOX=true cannot be used with Slack credentials (${credentials.join(', ')} set): unset SANDBOX to run in your workspace, or unset the credentials to try the local sandbox`,
      ],
    };
  if (credentials.length > 0 || wanted === false) return { sandbox: false, problems: [] };
  if (wanted === true) return { sandbox: true, problems: [] };
  return { sandbox: env.NODE_ENV !== 'production', problems: [] };
}

/** Exit code when the configuration is unusable. */
export const CONFIG_EXIT_CODE = 2;

/** For the entry point: the config, or one readable message (no stack trace) and the exit code to stop with. */
export function configOrExit(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; config: Config } | { ok: false; exitCode: number; message: string } {
  try {
    return { ok: true, config: loadConfig(env) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return {
      ok: false,
      exitCode: CONFIG_EXIT_CODE,
      message: `${error.message}\nSee the configuration table in docs/configuration.md.\n`,
    };
  }
}
