import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { CLOSED_STATUSES, DEPLOYMENT_STATUSES } from '../domain/deployment.ts';
import { VERSION } from '../version.ts';

// Every series the bot exports (docs/health-metrics-logs.md lists them). Each thread keeps its own registry
// in memory, so recording never does I/O; GET /metrics merges the threads' registries at scrape time.

/** The kinds of Slack request the bot can receive (the `kind` label). */
export const SLACK_REQUEST_KINDS = [
  'command',
  'action',
  'view_submission',
  'view_closed',
  'shortcut',
  'options',
  'event',
  'other',
] as const;
export type SlackRequestKind = (typeof SLACK_REQUEST_KINDS)[number];

/** ok, refused (the core said no: a rule not met, a busy deployment), error (a listener failed). */
export type SlackRequestOutcome = 'ok' | 'refused' | 'error';

export type SlackApiMetrics = {
  calls: Counter<'method'>;
  errors: Counter<'method' | 'error'>;
  seconds: Histogram<'method'>;
};

/** Web API calls; both threads call Slack, and the merge adds their counts up. */
export function slackApiMetrics(registry: Registry): SlackApiMetrics {
  return {
    calls: new Counter({
      name: 'deploy_checklist_slack_api_calls_total',
      help: 'Slack Web API calls by method, failed ones included.',
      labelNames: ['method'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'deploy_checklist_slack_api_errors_total',
      help: "Failed Slack Web API calls by method and Slack's error name (ratelimited, request_error for the network...).",
      labelNames: ['method', 'error'],
      registers: [registry],
    }),
    seconds: new Histogram({
      name: 'deploy_checklist_slack_api_seconds',
      help: 'Duration of Slack Web API calls by method.',
      labelNames: ['method'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}

/** The main thread's series: Slack requests, its own Web API calls, and Node's process metrics. */
export type MainThreadMetrics = {
  registry: Registry;
  /** process_* and nodejs_* of the process; kept apart because they are not merged with the core's. */
  processRegistry: Registry;
  requests: Counter<'kind' | 'outcome'>;
  ackSeconds: Histogram<'kind'>;
  slackApi: SlackApiMetrics;
};

export function createMainThreadMetrics(): MainThreadMetrics {
  const registry = new Registry();
  const processRegistry = new Registry();
  collectDefaultMetrics({ register: processRegistry });
  // Prometheus's info-metric convention: always 1, the facts in labels, so a dashboard can show what each replica runs.
  new Gauge({
    name: 'deploy_checklist_build_info',
    help: 'The running version of deploy-checklist and of Node.js (always 1).',
    labelNames: ['version', 'node'],
    registers: [processRegistry],
  }).set({ version: VERSION, node: process.version }, 1);
  return {
    registry,
    processRegistry,
    requests: new Counter({
      name: 'deploy_checklist_slack_requests_total',
      help: 'Slack requests by kind (command, action, view_submission, event...) and outcome (ok, refused, error).',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    ackSeconds: new Histogram({
      name: 'deploy_checklist_slack_ack_seconds',
      help: 'Time from a verified Slack request reaching the app to its ack, by kind (Slack gives up after 3 s).',
      labelNames: ['kind'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
      registers: [registry],
    }),
    slackApi: slackApiMetrics(registry),
  };
}

const OPEN_STATUSES = DEPLOYMENT_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

/** Counts of open deployments by status, read from the store at scrape time. */
export type OpenDeploymentCounts = () => Promise<Partial<Record<string, number>>>;

/** The core's series: its Web API calls, probe runs, jobs, and the open deployments. */
export type CoreMetrics = {
  registry: Registry;
  slackApi: SlackApiMetrics;
  probeRuns: Counter<'kind' | 'outcome'>;
  jobs: Counter<'kind' | 'outcome'>;
  jobLagSeconds: Histogram<'kind'>;
  jobSeconds: Histogram<'kind'>;
  /** Where the open-deployments gauge reads from (the store, once the core has opened it). */
  countOpenDeployments: (source: OpenDeploymentCounts) => void;
  /** Where the job-lanes gauge reads from (the outbox worker). */
  countJobLanes: (source: JobLaneCounts) => void;
};

/** The outbox's lanes running a job now, and those waiting for a running slot (OUTBOX_CONCURRENCY). */
export type JobLaneCounts = () => { running: number; waiting: number };

export function createCoreMetrics(): CoreMetrics {
  const registry = new Registry();
  let openDeployments: OpenDeploymentCounts | undefined;
  new Gauge({
    name: 'deploy_checklist_open_deployments',
    help: 'Open deployments by status, read from the database at scrape time (every replica reports the same).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      if (!openDeployments) return;
      try {
        const counts = await openDeployments();
        for (const status of OPEN_STATUSES) this.set({ status }, counts[status] ?? 0);
      } catch {
        // The database is unreachable (GET /ready says so): no figure rather than a stale one.
        this.reset();
      }
    },
  });
  let jobLanes: JobLaneCounts | undefined;
  new Gauge({
    name: 'deploy_checklist_job_lanes',
    help: 'Outbox lanes running a job (state="running") and waiting for a running slot (state="waiting").',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      if (!jobLanes) return;
      const { running, waiting } = jobLanes();
      this.set({ state: 'running' }, running);
      this.set({ state: 'waiting' }, waiting);
    },
  });
  return {
    registry,
    slackApi: slackApiMetrics(registry),
    probeRuns: new Counter({
      name: 'deploy_checklist_probe_runs_total',
      help: 'Probes run, by probe kind (http, tls...) and outcome (pass, fail, inconclusive).',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    jobs: new Counter({
      name: 'deploy_checklist_jobs_total',
      help: 'Job runs (Slack effects and scheduled work) by job kind and outcome (done, retry, deferred, failed).',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    jobLagSeconds: new Histogram({
      name: 'deploy_checklist_job_lag_seconds',
      help: 'Scheduler lag: from the time a job was due to the time it started, by job kind.',
      labelNames: ['kind'],
      buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 14_400, 86_400],
      registers: [registry],
    }),
    jobSeconds: new Histogram({
      name: 'deploy_checklist_job_seconds',
      help: 'How long a job run took, by job kind.',
      labelNames: ['kind'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    countOpenDeployments: (source) => {
      openDeployments = source;
    },
    countJobLanes: (source) => {
      jobLanes = source;
    },
  };
}
