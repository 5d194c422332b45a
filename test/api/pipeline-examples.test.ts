import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/main.ts';
import { api, createToken } from '../support/api-requests.ts';
import { type Harness, startHarness } from '../support/bot-harness.ts';

// The copy-paste examples of docs/pipeline.md, replayed against the running bot with the requests each tool sends:
// the CI jobs' command lines run as written (variables filled in), Flagger's webhooks posted with Flagger's
// payload, Argo Rollouts' web metric fetched with its URL, header and jsonPath.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = readFileSync(path.join(ROOT, 'docs/pipeline.md'), 'utf8');
const OWNER_EMAIL = 'release-manager@example.com';
const OWNER = 'U0RELEASE';

function example(name: string): string {
  const match = new RegExp(`\`\`\`yaml\\n# example: ${name}\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!match) throw new Error(`docs/pipeline.md has no "# example: ${name}" block`);
  return match[1] as string;
}

/** A shell line's words: double quotes group, `$NAME`, `${NAME}` and `${{ expr }}` are filled in from `vars`. */
function shellWords(line: string, vars: Record<string, string>): string[] {
  const filled = line
    .replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, expr: string) => {
      if (!(expr in vars)) throw new Error(`no value for \${{ ${expr} }}`);
      return vars[expr] as string;
    })
    .replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name: string) => {
      if (!(name in vars)) throw new Error(`no value for $${name}`);
      return vars[name] as string;
    });
  const words: string[] = [];
  for (const match of filled.matchAll(/"([^"]*)"|(\S+)/g)) words.push((match[1] ?? match[2]) as string);
  return words;
}

/** Runs the `deploy-checklist …` command of a script line in this process (its exit code and stdout). */
async function runLine(h: Harness, line: string, vars: Record<string, string>, extra: string[] = []) {
  const capture = /^(\w+)=\$\((.*)\)$/.exec(line.trim());
  const command = (capture ? (capture[2] as string) : line).replace(/^.*?npx deploy-checklist /, '');
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...shellWords(command, vars), ...extra], {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: ROOT,
    env: { DEPLOY_CHECKLIST_API: `http://127.0.0.1:${h.bot.port}`, DEPLOY_CHECKLIST_TOKEN: vars.TOKEN },
  });
  if (capture) vars[capture[1] as string] = out.join('').trim();
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('the examples of docs/pipeline.md against the running bot', () => {
  let h: Harness;
  let ci: string;
  let gates: string;

  beforeEach(async () => {
    h = await startHarness();
    h.fake.users.set(OWNER, { profile: { email: OWNER_EMAIL } });
    ci = await createToken(h, 'github-actions', ['deployments:write', 'items:write', 'gates:read']);
    gates = await createToken(h, 'rollouts', ['gates:read']);
  });
  afterEach(async () => {
    await h.close();
  });

  /** The owner goes live with an audited override (the web-service template has a long checklist). */
  async function goLive(id: string) {
    const outcome = await h.bot.core.apply(
      id,
      { type: 'go-live', actor: OWNER, override: 'pipeline example: everything checked by hand' },
      { origin: { kind: 'form' } },
    );
    expect(outcome).toEqual({ ok: true });
    await h.drain();
  }

  async function runJob(lines: string[], vars: Record<string, string>) {
    const [start, tick, wait, , event] = lines as [string, string, string, string, string];
    // The example's channel id is a placeholder for the reader's; the test's Slack has C0TEST.
    const started = await runLine(h, start.replace('C0123ABCD', 'C0TEST'), vars);
    expect(started.stderr).toMatch(/^opened: dep_/);
    expect(started.code).toBe(0);
    expect(vars.id).toMatch(/^dep_/);
    expect((await runLine(h, tick, vars)).code).toBe(0);
    await h.drain();
    // The example asks every 30 s for up to 5 h; the test asks faster and gives up sooner (the last option wins).
    const waiting = runLine(h, wait, vars, ['--interval', '100ms', '--timeout', '20s']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await goLive(vars.id as string);
    const waited = await waiting;
    expect(waited.code).toBe(0);
    expect(waited.stdout).toContain('pending:');
    expect(waited.stdout).toContain('approved:');
    expect((await runLine(h, event, vars)).code).toBe(0);
    await h.drain();
    const deployment = await h.bot.store.deployments.load(vars.id as string);
    expect(deployment.ownerId).toBe(OWNER);
    expect(deployment.items['tests-pass']).toMatchObject({ done: true, by: 'api:github-actions' });
    return deployment;
  }

  it('runs the GitHub Actions job: start, tick, wait until live, report', async () => {
    const job = parse(example('github-actions')).jobs.deploy;
    const runs: string[] = job.steps
      .map((step: { run?: string }) => step.run ?? '')
      .flatMap((run: string) => run.split('\n'))
      .filter((line: string) => line.includes('npx deploy-checklist'));
    expect(runs).toHaveLength(4);
    const runUrl = 'https://github.com/acme/payments/actions/runs/991';
    const vars: Record<string, string> = {
      TOKEN: ci,
      GITHUB_SHA: '3f2c9e1a0b',
      GITHUB_RUN_ID: '991',
      RUN_URL: runUrl,
      "job.status == 'success' && 'deployed' || 'failed'": 'deployed',
      'job.status': 'success',
    };
    // `echo "id=$id" >> "$GITHUB_OUTPUT"` makes the id a step output.
    const [start, tick, wait, event] = runs as [string, string, string, string];
    const withOutput = (line: string) => line.replace('${{ steps.checklist.outputs.id }}', '$id');
    const deployment = await runJob([start, withOutput(tick), wait, '', withOutput(event)], vars);
    expect(deployment.pipeline).toMatchObject({ commit: '3f2c9e1a0b', pipelineUrl: runUrl, failure: null });
    expect(deployment.items['tests-pass']?.attestation).toEqual({ url: runUrl, text: 'CI green' });
    const audit = await h.bot.store.deployments.audit(deployment.id);
    expect(audit.map((row) => `${row.actor} ${row.action}`)).toEqual(
      expect.arrayContaining(['api:github-actions deployment-started', 'api:github-actions pipeline-deployed']),
    );
  });

  it('runs the GitLab CI job', async () => {
    const job = parse(example('gitlab-ci'))['deploy-production'];
    const lines = (job.script as string[]).filter(
      (line) => line.includes('deploy-checklist') || line === './deploy.sh',
    );
    const vars: Record<string, string> = {
      TOKEN: ci,
      CI_COMMIT_SHA: 'a1b2c3d4',
      CI_PIPELINE_URL: 'https://gitlab.example.com/acme/payments/-/pipelines/7',
      CI_PIPELINE_ID: '7',
      GITLAB_USER_EMAIL: OWNER_EMAIL,
      CI_JOB_URL: 'https://gitlab.example.com/acme/payments/-/jobs/70',
    };
    const deployment = await runJob(lines, vars);
    expect(deployment.version).toBe('a1b2c3d4');
  });

  it('answers the Flagger canary’s webhooks: wait, then confirm after go-live, then roll back after Start rollback', async () => {
    const canary = parse(example('flagger'));
    const hooks = canary.spec.analysis.webhooks as Array<{
      type: string;
      url: string;
      metadata: Record<string, string>;
    }>;
    expect(hooks.map((hook) => hook.type)).toEqual(['confirm-rollout', 'confirm-promotion', 'rollback']);
    const opened = await api(h, 'POST', '/api/v1/deployments', {
      token: ci,
      body: { service: 'payments-api', version: 'v2.4.1', environment: 'production', channel: 'C0TEST', owner: OWNER },
    });
    await h.drain();
    const id = opened.json.deployment.id;
    // What Flagger posts to each webhook: the canary and its phase, and the entry's metadata.
    const call = (hook: (typeof hooks)[number], phase: string) =>
      request(hook.url.replace('https://deploy-checklist.example.com', `http://127.0.0.1:${h.bot.port}`), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: canary.metadata.name,
          namespace: canary.metadata.namespace,
          phase,
          checksum: '6d5f8c7b9',
          metadata: { ...hook.metadata, token: gates },
        }),
      }).then(async (response) => {
        await response.body.text();
        return response.statusCode;
      });
    const [rollout, promotion, rollback] = hooks as [
      (typeof hooks)[number],
      (typeof hooks)[number],
      (typeof hooks)[number],
    ];
    expect(await call(rollout, 'Progressing')).toBe(403);
    expect(await call(promotion, 'Promoting')).toBe(403);
    expect(await call(rollback, 'Progressing')).toBe(403);
    await goLive(id);
    expect(await call(rollout, 'Progressing')).toBe(200);
    expect(await call(promotion, 'Promoting')).toBe(200);
    expect(await call(rollback, 'Progressing')).toBe(403);
    await h.bot.core.apply(
      id,
      { type: 'start-rollback', actor: OWNER, reason: 'errors on EU cards' },
      { origin: { kind: 'form' } },
    );
    expect(await call(rollback, 'Progressing')).toBe(200);
    expect(await call(rollout, 'Progressing')).toBe(410);
  });

  it('serves the Argo Rollouts web metric: its jsonPath reads pending, then approved', async () => {
    const template = parse(example('argo-rollouts'));
    const metric = template.spec.metrics[0];
    const web = metric.provider.web as {
      url: string;
      headers: Array<{ key: string; value: string }>;
      jsonPath: string;
    };
    const args: Record<string, string> = {
      service: 'payments-api',
      environment: 'production',
      version: 'v2.4.1',
      token: gates,
    };
    const fill = (text: string) => text.replace(/\{\{args\.(\w+)\}\}/g, (_m, name: string) => args[name] as string);
    const conditions = (expression: string) =>
      expression.split('||').map((part) => /result == "([^"]+)"/.exec(part)?.[1] as string);
    const measure = async () => {
      const response = await request(
        fill(web.url).replace('https://deploy-checklist.example.com', `http://127.0.0.1:${h.bot.port}`),
        {
          headers: Object.fromEntries(web.headers.map((header) => [header.key, fill(header.value)])),
        },
      );
      const body = (await response.body.json()) as Record<string, unknown>;
      expect(response.statusCode).toBe(200);
      expect(web.jsonPath).toBe('{$.state}');
      const result = body.state as string;
      if (conditions(metric.successCondition).includes(result)) return 'Successful';
      if (conditions(metric.failureCondition).includes(result)) return 'Failed';
      return 'Inconclusive';
    };
    expect(await measure()).toBe('Inconclusive');
    const opened = await api(h, 'POST', '/api/v1/deployments', {
      token: ci,
      body: { service: 'payments-api', version: 'v2.4.1', environment: 'production', channel: 'C0TEST', owner: OWNER },
    });
    await h.drain();
    expect(await measure()).toBe('Inconclusive');
    await goLive(opened.json.deployment.id);
    expect(await measure()).toBe('Successful');
    await h.bot.core.apply(
      opened.json.deployment.id,
      { type: 'start-rollback', actor: OWNER, reason: 'errors on EU cards' },
      { origin: { kind: 'form' } },
    );
    expect(await measure()).toBe('Failed');
  });
});
