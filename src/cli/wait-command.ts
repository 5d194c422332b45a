import { setTimeout as sleep } from 'node:timers/promises';
import { API_OPTIONS, apiTarget, callApi, durationOption, one, readOptions, required } from './api-client.ts';
import { type CliCommand, EXIT } from './cli-command.ts';

/** Exit codes of `wait` (docs/pipeline.md). */
export const WAIT_EXIT = { approved: 0, refused: 1, usage: EXIT.usage, timedOut: 3 } as const;

/** Failures in a row (no answer, 5xx, 429) after which `wait` gives up with exit 2. */
const MAX_FAILURES_IN_A_ROW = 5;

/**
 * `deploy-checklist wait`: polls the gate until the deployment is approved (exit 0), refused for good (1), or the
 * timeout passes (3). Prints what is missing whenever it changes. A bad token or request, or an API that keeps not
 * answering, is exit 2. `curl --fail` cannot tell pending from rejected; this can.
 */
export const waitCommand: CliCommand = {
  name: 'wait',
  usage:
    'deploy-checklist wait --api URL --token TOKEN --service S --environment E [--version V] [--timeout 2h] [--interval 15s]',
  summary: 'Wait on the gate of a deployment: exit 0 approved, 1 refused, 3 timed out, 2 usage or connection errors',
  options: [
    ...API_OPTIONS,
    { flag: '--service', value: 'SERVICE', help: 'the service' },
    { flag: '--environment', value: 'ENV', help: 'the environment' },
    {
      flag: '--version',
      value: 'VERSION',
      help: 'this version’s deployment',
      default: 'the open one, else the newest',
    },
    { flag: '--timeout', value: 'DURATION', help: 'give up after this long (exit 3)', default: '2h' },
    { flag: '--interval', value: 'DURATION', help: 'time between two questions', default: '15s' },
  ],
  async run(args, io) {
    const values = readOptions(
      args,
      this.options!.map((o) => o.flag),
    );
    const target = apiTarget(values, io);
    const service = required(values, '--service');
    const environment = required(values, '--environment');
    const version = one(values, '--version');
    const timeoutMs = durationOption(one(values, '--timeout'), '--timeout', 2 * 3_600_000);
    const intervalMs = durationOption(one(values, '--interval'), '--interval', 15_000);
    const path = `/api/v1/gates/${encodeURIComponent(service)}/${encodeURIComponent(environment)}?format=json${
      version ? `&version=${encodeURIComponent(version)}` : ''
    }`;
    const deadline = Date.now() + timeoutMs;
    const what = `${service}${version ? ` ${version}` : ''} → ${environment}`;
    io.stdout(`waiting for ${what} to go live (timeout ${one(values, '--timeout') ?? '2h'})\n`);
    let lastLine = '';
    let failures = 0;
    for (;;) {
      let problem: string | undefined;
      try {
        const answer = await callApi(
          target,
          'GET',
          path,
          undefined,
          Math.min(30_000, Math.max(1000, deadline - Date.now())),
        );
        if (answer.status === 200) {
          failures = 0;
          const body = answer.body as {
            state?: string;
            missing?: string[];
            reason?: string | null;
            permalink?: string | null;
          };
          if (body.state === 'approved') {
            io.stdout(`approved: ${what} is live${body.permalink ? ` (${body.permalink})` : ''}\n`);
            return WAIT_EXIT.approved;
          }
          if (body.state === 'rejected' || body.state === 'cancelled' || body.state === 'rolled-back') {
            io.stdout(`${body.state}: ${body.reason ?? ''}\n`);
            return WAIT_EXIT.refused;
          }
          const line = `pending: ${(body.missing ?? []).join('; ')}`;
          if (line !== lastLine) io.stdout(`${line}\n`);
          lastLine = line;
        } else if (answer.status >= 500 || answer.status === 429) {
          problem = `the API answered HTTP ${answer.status}`;
        } else {
          // A bad token, a missing scope or a malformed request does not get better by asking again.
          const error = answer.body.error as { message?: string } | undefined;
          io.stderr(`deploy-checklist wait: ${error?.message ?? `HTTP ${answer.status}`} (HTTP ${answer.status})\n`);
          return WAIT_EXIT.usage;
        }
      } catch (error) {
        problem = `no answer from ${target.base} (${error instanceof Error ? error.message : String(error)})`;
      }
      if (problem) {
        failures += 1;
        io.stderr(`deploy-checklist wait: ${problem}${failures < MAX_FAILURES_IN_A_ROW ? '; asking again' : ''}\n`);
        if (failures >= MAX_FAILURES_IN_A_ROW) return WAIT_EXIT.usage;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        io.stdout(`timed out after ${one(values, '--timeout') ?? '2h'}: ${what} has not gone live\n`);
        return WAIT_EXIT.timedOut;
      }
      await sleep(Math.min(intervalMs, left));
    }
  },
};
