import type { DeploymentEvent } from '../domain/apply-event.ts';
import type { Deployment, DeploymentOrigin, PhaseProgress, PipelineInfo } from '../domain/deployment.ts';
import type { ChangeOutcome } from '../domain/event-result.ts';
import type { GithubRunAddress } from '../domain/github-gate.ts';
import type { Period } from '../domain/report/population.ts';
import type { DeploymentStats, StatsQuery } from '../domain/stats.ts';
import type { MetricsSnapshot } from '../metrics/metrics-exposition.ts';
import type { TokenCheck } from './api-tokens.ts';
import type { ChangeRequest } from './apply-change.ts';
import type { PopulationFormat, ReportFormat } from './deployment-records.ts';
import type { DeploymentFilter, DeploymentView, PipelineStartOutcome } from './deployment-view.ts';
import type { HomePage } from './home.ts';
import type { ReportRequest, ReportRequestOutcome } from './report-upload.ts';
import type { ProbeRunOutcome, ProbeRunRequest } from './start-probe-run.ts';

/** What `/deploy-checklist start` asks the core to create; the core expands the template's default assignees. */
export type StartRequest = DeploymentOrigin & {
  templateName: string;
  endpoints: Record<string, string>;
  /** `--role` flags: they replace the template's default assignees role by role. */
  roleFlags: Array<{ role: string; users: string[] }>;
  /** Set when a pipeline opens it through the API: what it said, its idempotency key, and who it is (`api:NAME`). */
  pipeline?: PipelineInfo;
  pipelineKey?: string;
  startedBy?: string;
};

/** A GitHub Actions run that reached a protected environment (the `deployment_protection_rule` webhook). */
export type GithubRunRequest = {
  /** The deployment to open (service, environment, channel, template, owner, commit and run URL). */
  start: StartRequest;
  /** Where the run is answered, and what the thread says of it. */
  run: GithubRunAddress & { commit: string; runUrl: string; triggeredBy: string | null };
};

export type GithubRunOutcome =
  | { ok: true; deploymentId: string; opened: boolean; linked: boolean }
  | { ok: false; code: string; userMessage: string };

/**
 * What a listener learns from a change: stored, or refused and why. The new state stays in the core: copying the
 * whole deployment across threads on every click would cost both threads more than the change itself.
 */
export type { ChangeOutcome };

/** What `list`, `status`, `version` and `cancel` show of a deployment: a few fields, not its whole template. */
export type DeploymentSummary = Pick<
  Deployment,
  'id' | 'service' | 'version' | 'environment' | 'status' | 'ownerId' | 'channelId' | 'threadTs'
> & { phases: PhaseProgress[] };

export type { ProbeRunRequest } from './start-probe-run.ts';

/**
 * The core's methods, each once: `request` methods are what a surface asks for a request (they run as part of its
 * work and carry its correlation id), `call` methods serve the process itself, and `send` ones are not awaited. The
 * thread boundary (thread-core.ts, core-thread.ts) is generated from this table, so a new method is added here and
 * in `Core`, nowhere else.
 */
export const CORE_METHODS = {
  apply: 'request',
  find: 'request',
  create: 'request',
  listOpenInChannel: 'request',
  home: 'request',
  homePublished: 'request',
  findByService: 'request',
  startProbeRun: 'request',
  startFromPipeline: 'request',
  checkApiToken: 'request',
  viewDeployment: 'request',
  searchDeployments: 'request',
  gateDeployment: 'request',
  probeRunResults: 'request',
  openForGithubRun: 'request',
  stats: 'request',
  requestReport: 'request',
  renderReport: 'request',
  renderPopulation: 'request',
  kick: 'send',
  drain: 'call',
  idle: 'call',
  healthy: 'call',
  pendingMigrations: 'call',
  metrics: 'call',
  close: 'call',
} as const satisfies Record<Exclude<keyof Core, 'forRequest'>, 'request' | 'call' | 'send'>;

type RequestMethod = {
  [M in keyof typeof CORE_METHODS]: (typeof CORE_METHODS)[M] extends 'request' ? M : never;
}[keyof typeof CORE_METHODS];

/** What a Slack listener asks of the core. */
export type RequestCore = Pick<Core, RequestMethod>;

export const REQUEST_METHODS = (Object.keys(CORE_METHODS) as Array<keyof typeof CORE_METHODS>).filter(
  (method): method is RequestMethod => CORE_METHODS[method] === 'request',
);

/**
 * Everything Slack listeners need from the store, the outbox and the probes. Every argument and result is plain
 * data (Dates included), so the core can run in this thread or in a worker thread behind a message port. Follow-up
 * jobs (check-ins after go-live, the next check-in after a snooze) are decided inside the core from the event.
 */
export type Core = {
  /** Applies one event; a refusal (or a known failure such as a busy deployment) comes back as `ok: false`. */
  apply: (deploymentId: string, event: DeploymentEvent, request?: ChangeRequest) => Promise<ChangeOutcome>;
  find: (deploymentId: string) => Promise<Deployment | undefined>;
  /** Creates a deployment and queues its card (answering on `responseUrl` if the bot cannot post) and phases. */
  create: (
    request: StartRequest,
    options: { responseUrl: string; requestKey?: string },
  ) => Promise<{ deploymentId: string | undefined }>;
  listOpenInChannel: (teamId: string, channelId: string) => Promise<DeploymentSummary[]>;
  /**
   * The person opened the Home tab: remembered (their Home is then republished when something they hold changes),
   * and answered with "My deploys" and the hash of the view Slack last accepted for them.
   */
  home: (teamId: string, userId: string) => Promise<HomePage>;
  /** Records the hash of the Home view Slack accepted (the next views.publish sends it). */
  homePublished: (teamId: string, userId: string, viewHash: string) => Promise<void>;
  /** The open deployments of a service, or else its most recent one. */
  findByService: (teamId: string, service: string) => Promise<DeploymentSummary[]>;
  /** Queues a probe run, or refuses (nothing to probe yet, a run already pending or running). */
  startProbeRun: (deploymentId: string, request: ProbeRunRequest) => Promise<ProbeRunOutcome>;
  /** Opens a deployment for a pipeline (the HTTP API): idempotent by its key, refused as the slash command is. */
  startFromPipeline: (request: StartRequest) => Promise<PipelineStartOutcome>;
  /** Whose API token this is, or that the API is off (no token exists). */
  checkApiToken: (token: string) => Promise<TokenCheck>;
  viewDeployment: (deploymentId: string) => Promise<DeploymentView | undefined>;
  searchDeployments: (filter: DeploymentFilter) => Promise<DeploymentView[]>;
  /** The deployment a pipeline's gate asks about (service, environment, optionally version). */
  gateDeployment: (filter: DeploymentFilter) => Promise<DeploymentView | undefined>;
  probeRunResults: (deploymentId: string, runId: string) => Promise<DeploymentView['lastProbeRun']>;
  /** Opens (or attaches to) the deployment a GitHub Actions run waits for, and links the run (docs/github.md). */
  openForGithubRun: (request: GithubRunRequest) => Promise<GithubRunOutcome>;
  /** Figures of the deployments started in the last N days (counted in the database): /deploy-checklist stats, the API. */
  stats: (query: StatsQuery) => Promise<DeploymentStats>;
  /** Queues the upload of a deployment's report (HTML) into its thread, or refuses with what exists instead. */
  requestReport: (request: ReportRequest) => Promise<ReportRequestOutcome>;
  /** One deployment's report in a format (src/domain/report), or undefined when there is no such deployment. */
  renderReport: (deploymentId: string, format: ReportFormat) => Promise<string | undefined>;
  /** The population export of a period (whole UTC days, both included), or why the period is not one. */
  renderPopulation: (
    period: Period,
    format: PopulationFormat,
  ) => Promise<{ ok: true; text: string; count: number } | { ok: false; problem: string }>;
  /** Runs due Slack effects now instead of at the next sweep. */
  kick: () => void;
  /** Runs the outbox until nothing is due (tests, benchmarks). */
  drain: () => Promise<void>;
  /** Waits until no sweep is running. */
  idle: () => Promise<void>;
  healthy: () => Promise<boolean>;
  /** Migration files the database has not recorded as applied (GET /ready). */
  pendingMigrations: () => Promise<string[]>;
  /** The core's series (probes, jobs, its Web API calls, open deployments) as plain data, for GET /metrics. */
  metrics: () => Promise<MetricsSnapshot>;
  /**
   * The calls a Slack request makes, as part of that request's work: what they enqueue carries its correlation id
   * and their log lines show it. Built on this thread; nothing about it crosses to the core thread but the id.
   */
  forRequest: (correlationId: string) => RequestCore;
  /**
   * Stops the sweeps, waits up to `waitMs` (default: without limit) for the jobs already running, hands this
   * worker's other claims back, and closes the database.
   */
  close: (waitMs?: number) => Promise<void>;
};
