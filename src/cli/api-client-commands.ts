import {
  API_OPTIONS,
  type ApiResponse,
  apiTarget,
  callApi,
  errorText,
  one,
  readOptions,
  required,
} from './api-client.ts';
import { type CliCommand, type CliIo, EXIT, UsageError } from './cli-command.ts';

// Thin clients of the HTTP API for shell pipelines (docs/pipeline.md): each is one request, its answer on stdout.

async function send(
  io: CliIo,
  name: string,
  call: () => Promise<ApiResponse>,
  onSuccess: (response: ApiResponse) => void,
): Promise<number> {
  let response: ApiResponse;
  try {
    response = await call();
  } catch (error) {
    io.stderr(`deploy-checklist ${name}: no answer (${error instanceof Error ? error.message : String(error)})\n`);
    return EXIT.usage;
  }
  if (response.status >= 200 && response.status < 300) {
    onSuccess(response);
    return EXIT.ok;
  }
  io.stderr(`deploy-checklist ${name}: ${errorText(response)}\n`);
  // The request itself was wrong (or the token): exit 2; the checklist refused it: exit 1.
  return [400, 401, 403, 404, 413, 429].includes(response.status) || response.status >= 500 ? EXIT.usage : EXIT.failed;
}

const flags = (command: CliCommand) => command.options!.map((o) => o.flag);

export const startCommand: CliCommand = {
  name: 'start',
  usage:
    'deploy-checklist start --service S --version V --environment E --channel C --owner U|EMAIL [--template T] [--url URL] [--role ROLE=U1,U2] [--commit SHA] [--pipeline-url URL] [--idempotency-key KEY]',
  summary: 'Open a deployment thread through the API; prints its id',
  options: [
    ...API_OPTIONS,
    { flag: '--service', value: 'SERVICE', help: 'the service' },
    { flag: '--version', value: 'VERSION', help: 'the version' },
    { flag: '--environment', value: 'ENV', help: 'the environment' },
    { flag: '--channel', value: 'CHANNEL', help: 'the Slack channel id to open the thread in' },
    { flag: '--owner', value: 'USER', help: 'the owner: a Slack user id or an email' },
    { flag: '--template', value: 'NAME', help: 'the checklist template', default: 'web-service' },
    { flag: '--url', value: 'URL', help: 'where probes go' },
    { flag: '--role', value: 'ROLE=U1,U2', help: 'assign a role (repeatable)' },
    { flag: '--commit', value: 'SHA', help: 'the commit deployed' },
    { flag: '--pipeline-url', value: 'URL', help: 'this pipeline run' },
    { flag: '--idempotency-key', value: 'KEY', help: 'the same key answers with the same deployment', default: 'none' },
  ],
  async run(args, io) {
    const values = readOptions(args, flags(this));
    const target = apiTarget(values, io);
    const roles: Record<string, string[]> = {};
    for (const flag of values.get('--role') ?? []) {
      const [role, users] = flag.split(/=(.*)/s, 2);
      if (!role || !users) throw new UsageError(`--role ${flag}: write --role security=U0123,U0456`);
      roles[role] = [...(roles[role] ?? []), ...users.split(',').filter(Boolean)];
    }
    const optional = (flag: string, key: string) => (one(values, flag) ? { [key]: one(values, flag) } : {});
    const body = {
      service: required(values, '--service'),
      version: required(values, '--version'),
      environment: required(values, '--environment'),
      channel: required(values, '--channel'),
      owner: required(values, '--owner'),
      ...optional('--template', 'template'),
      ...optional('--url', 'url'),
      ...optional('--commit', 'commit'),
      ...optional('--pipeline-url', 'pipelineUrl'),
      ...optional('--idempotency-key', 'idempotencyKey'),
      ...(Object.keys(roles).length > 0 ? { roles } : {}),
    };
    return send(
      io,
      'start',
      () => callApi(target, 'POST', '/api/v1/deployments', body),
      (response) => {
        const deployment = response.body.deployment as { id: string; permalink: string | null };
        io.stdout(`${deployment.id}\n`);
        io.stderr(
          `${response.status === 201 ? 'opened' : 'already open for this key'}: ${deployment.permalink ?? deployment.id}\n`,
        );
      },
    );
  },
};

export const tickCommand: CliCommand = {
  name: 'tick',
  usage:
    'deploy-checklist tick --deployment ID --item KEY [--undo] [--note TEXT] [--evidence-url URL] [--evidence-text TEXT]',
  summary: 'Tick (or --undo) an item through the API, with its evidence',
  options: [
    ...API_OPTIONS,
    { flag: '--deployment', value: 'ID', help: 'the deployment (as start printed it)' },
    { flag: '--item', value: 'KEY', help: "the item's key" },
    { flag: '--undo', value: 'true', help: 'untick instead' },
    { flag: '--note', value: 'TEXT', help: 'a note shown with the tick' },
    { flag: '--evidence-url', value: 'URL', help: 'e.g. the test run' },
    { flag: '--evidence-text', value: 'TEXT', help: 'e.g. "412 tests passed"' },
  ],
  async run(args, io) {
    const values = readOptions(args, flags(this));
    const target = apiTarget(values, io);
    const id = required(values, '--deployment');
    const item = required(values, '--item');
    const undo = one(values, '--undo');
    if (undo !== undefined && undo !== 'true' && undo !== 'false') throw new UsageError('--undo takes true or false');
    const evidence = {
      ...(one(values, '--evidence-url') ? { url: one(values, '--evidence-url') } : {}),
      ...(one(values, '--evidence-text') ? { text: one(values, '--evidence-text') } : {}),
    };
    const body = {
      done: undo !== 'true',
      ...(one(values, '--note') ? { note: one(values, '--note') } : {}),
      ...(Object.keys(evidence).length > 0 ? { evidence } : {}),
    };
    return send(
      io,
      'tick',
      () =>
        callApi(
          target,
          'POST',
          `/api/v1/deployments/${encodeURIComponent(id)}/items/${encodeURIComponent(item)}`,
          body,
        ),
      () => io.stdout(`${body.done ? 'ticked' : 'unticked'} ${item}\n`),
    );
  },
};

export const eventCommand: CliCommand = {
  name: 'event',
  usage: 'deploy-checklist event --deployment ID --type deployed|failed|note --message TEXT [--url URL]',
  summary: 'Post a pipeline event in the thread (failed flags the card)',
  options: [
    ...API_OPTIONS,
    { flag: '--deployment', value: 'ID', help: 'the deployment' },
    { flag: '--type', value: 'TYPE', help: 'deployed, failed or note' },
    { flag: '--message', value: 'TEXT', help: 'what happened' },
    { flag: '--url', value: 'URL', help: 'a link (the job, the logs)' },
  ],
  async run(args, io) {
    const values = readOptions(args, flags(this));
    const target = apiTarget(values, io);
    const id = required(values, '--deployment');
    const body = {
      type: required(values, '--type'),
      message: required(values, '--message'),
      ...(one(values, '--url') ? { url: one(values, '--url') } : {}),
    };
    return send(
      io,
      'event',
      () => callApi(target, 'POST', `/api/v1/deployments/${encodeURIComponent(id)}/events`, body),
      () => io.stdout(`posted ${body.type}\n`),
    );
  },
};
