import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import {
  CORE_THREAD_START_MS,
  clickItem,
  type Harness,
  lastCard,
  startHarness,
  textOf,
} from '../support/bot-harness.ts';
import type { FakeGithub } from '../support/fake-github.ts';
import { githubSignature } from '../support/fake-github.ts';
import {
  deliverToBot,
  GITHUB_OWNER as OWNER,
  protectionRuleDelivery,
  GITHUB_RUN as RUN,
  GITHUB_SHA as SHA,
  startGithubApp,
} from '../support/github-app.ts';
import { clickCard, submitSignOff } from '../support/sign-off-steps.ts';

const OCTOCAT = 'U0OCTO';
const SEC = 'U0SEC';

describe('GitHub deployments wait for the checklist (custom deployment protection rule)', () => {
  let h: Harness;
  let github: FakeGithub;

  async function start(fake: { tokenTtlMs?: number; reportLimit?: number } = {}, coreThread = false) {
    const app = await startGithubApp(fake);
    github = app.github;
    h = await startHarness({
      coreThread,
      env: app.env,
    });
    h.fake.users.set(OCTOCAT, { profile: { email: 'octocat@example.com' } });
    h.fake.setUserGroupMembers('S0SECURITY', [SEC]);
  }

  beforeEach(async (context) => {
    // Tests that need another GitHub start it themselves.
    if (!context.task.name.includes('(own GitHub)')) await start();
  });
  afterEach(async () => {
    await h.close();
    await github.close();
  });

  const deliver = (payload: unknown, options: { event?: string; signature?: string | null } = {}) =>
    deliverToBot(h.bot.port, payload, options);

  async function deploymentCount(): Promise<number> {
    return databaseOf(h.bot.store).deployment.count();
  }

  /** The required pre-deployment items ticked, then the owner presses Go live. */
  async function goLive() {
    const parent = lastCard(h.fake)!.ts;
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await clickItem(h, parent, 'backup-taken', 'U0DEV');
    await h.drain();
    await clickCard(h, 'go-live', OCTOCAT);
    await h.drain();
  }

  it('opens the thread for a waiting run: the commit, the run link and who triggered it (the owner, found by email)', async () => {
    const answer = await deliver(protectionRuleDelivery());
    expect(answer.status).toBe(202);
    expect(answer.json.outcome).toBe('opened');
    await h.drain();
    const card = lastCard(h.fake)!;
    expect(textOf(card)).toContain('payments-api');
    expect(textOf(card)).toContain(SHA.slice(0, 7));
    const deployment = await h.bot.store.deployments.find(answer.json.deploymentId as string);
    expect(deployment?.ownerId).toBe(OCTOCAT);
    const thread = h.fake.threadOf(card.ts).map(textOf).join('\n');
    expect(thread).toContain(`https://github.com/acme/payments/actions/runs/${RUN}`);
    expect(thread).toContain('triggered by octocat');
    // Said by the app, named as no API token can be.
    expect(thread).toContain('*api:GitHub* says');
    // The run is told at once where its deployment waits, with a link to the thread.
    const reports = github.reportsOf(RUN, 'production');
    expect(reports).toHaveLength(1);
    expect(reports[0]!.comment).toContain('waiting for go-live');
    expect(reports[0]!.comment).toContain('https://fake.slack.com/archives/');
    expect(reports[0]!.installationId).toBe('77');
    expect(github.tokensIssued).toBe(1);

    // GitHub delivers the same webhook again: nothing new.
    const again = await deliver(protectionRuleDelivery());
    expect(again.status).toBe(202);
    expect(again.json.outcome).toBe('known');
    await h.drain();
    expect(await deploymentCount()).toBe(1);
    expect(github.reportsOf(RUN, 'production')).toHaveLength(1);
  });

  it('approves the run once the deployment goes live, once', async () => {
    await deliver(protectionRuleDelivery());
    await h.drain();
    expect(github.answersOf(RUN, 'production')).toEqual([]);
    await goLive();
    const answers = github.answersOf(RUN, 'production');
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ state: 'approved', repository: 'acme/payments' });
    expect(answers[0]!.comment).toContain('went live');
    // One installation token served the report and the approval.
    expect(github.tokensIssued).toBe(1);
    // Later changes (a tick after go-live) send nothing more.
    await clickItem(h, lastCard(h.fake)!.ts, 'deployed', 'U0DEV');
    await h.drain();
    expect(github.answersOf(RUN, 'production')).toHaveLength(1);
    expect(github.refusals).toEqual([]);
  });

  it('answers a re-run of an approved job again, and a webhook delivered twice only once', async () => {
    await deliver(protectionRuleDelivery());
    await h.drain();
    await goLive();
    expect(github.answersOf(RUN, 'production')).toHaveLength(1);
    // The same delivery again: GitHub has its answer (422 to a second one), nothing more is sent.
    await deliver(protectionRuleDelivery());
    await h.drain();
    expect(github.answersOf(RUN, 'production')).toHaveLength(1);
    // The job is re-run: the run waits again and gets the deployment's answer again.
    github.requestAgain(RUN, 'production');
    await deliver(protectionRuleDelivery());
    await h.drain();
    expect(github.answersOf(RUN, 'production').map((a) => a.state)).toEqual(['approved', 'approved']);
    expect(await databaseOf(h.bot.store).deployment.count()).toBe(1);
  });

  it('a second run of the same commit attaches to the open deployment; both are approved at go-live', async () => {
    await deliver(protectionRuleDelivery());
    await h.drain();
    const second = await deliver(protectionRuleDelivery({ runId: '9002' }));
    expect(second.json.outcome).toBe('attached');
    await h.drain();
    expect(await deploymentCount()).toBe(1);
    await goLive();
    expect(github.answersOf(RUN, 'production')).toHaveLength(1);
    expect(github.answersOf('9002', 'production')).toHaveLength(1);
  });

  it('approves at once a run that arrives after the deployment went live, or whose report finds it live', async () => {
    await deliver(protectionRuleDelivery());
    await h.drain();
    await goLive();
    // A second workflow of the same commit reaches the environment after go-live.
    expect((await deliver(protectionRuleDelivery({ runId: '9003' }))).json.outcome).toBe('attached');
    await h.drain();
    expect(github.answersOf('9003', 'production').map((a) => a.state)).toEqual(['approved']);
    // A run linked while go-live was being stored has only its status report queued: that job answers instead.
    const deploymentId = (await databaseOf(h.bot.store).githubRun.findFirst())!.deploymentId;
    await h.bot.store.githubRuns.link(
      deploymentId,
      { repository: 'acme/payments', runId: '9004', environmentName: 'production', installationId: '77' },
      h.clock.now(),
      [{ deploymentId, kind: 'github-status-report', dueAt: h.clock.now() }],
    );
    await h.drain();
    expect(github.answersOf('9004', 'production').map((a) => a.state)).toEqual(['approved']);
    expect(github.reportsOf('9004', 'production')).toEqual([]);
  });

  it('rejects at once, with the reason, a run for another commit while the deployment is open; the open one goes on', async () => {
    await deliver(protectionRuleDelivery());
    await h.drain();
    const messagesBefore = h.fake.calls.filter((call) => call.method === 'chat.postMessage').length;
    const other = await deliver(protectionRuleDelivery({ runId: '9005', sha: 'b'.repeat(40) }));
    expect(other.status).toBe(422);
    // Delivered twice: still one refusal reaches the run.
    await deliver(protectionRuleDelivery({ runId: '9005', sha: 'b'.repeat(40) }));
    await h.drain();
    const refused = github.answersOf('9005', 'production');
    expect(refused.map((a) => a.state)).toEqual(['rejected']);
    expect(refused[0]!.comment).toContain('already has an open deployment to production');
    expect(refused[0]!.comment).toContain('commit bbbbbbb was not started');
    expect(await deploymentCount()).toBe(1);
    expect(h.fake.calls.filter((call) => call.method === 'chat.postMessage')).toHaveLength(messagesBefore);
    // The run of the open deployment still waits, and is approved at go-live.
    await goLive();
    expect(github.answersOf(RUN, 'production').map((a) => a.state)).toEqual(['approved']);
    expect(github.answersOf('9005', 'production')).toHaveLength(1);
  });

  it('rejects the run with the reason when the deployment is cancelled in Slack', async () => {
    const opened = await deliver(protectionRuleDelivery());
    await h.drain();
    const outcome = await h.bot.core.apply(opened.json.deploymentId as string, {
      type: 'cancel',
      actor: OCTOCAT,
      reason: 'wrong build',
    });
    expect(outcome.ok).toBe(true);
    await h.drain();
    const answers = github.answersOf(RUN, 'production');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.state).toBe('rejected');
    expect(answers[0]!.comment).toContain(`cancelled in the checklist by @${OCTOCAT}: wrong build`);
  });

  it('keeps the approval when GitHub is down at go-live, and sends it once GitHub is back', async () => {
    await deliver(protectionRuleDelivery());
    await h.drain();
    github.failNext(3);
    await goLive();
    expect(github.answersOf(RUN, 'production')).toEqual([]);
    const pending = await databaseOf(h.bot.store).job.findMany({ where: { kind: 'github-decision', doneAt: null } });
    expect(pending).toHaveLength(1);
    expect(pending[0]!.lastError).toContain('503');
    // The retries come after their backoff, across a restart of the bot.
    await h.restart(() => h.clock.advance(10 * 60_000));
    for (let i = 0; i < 5 && github.answersOf(RUN, 'production').length === 0; i++) {
      h.clock.advance(10 * 60_000);
      await h.drain();
    }
    expect(github.answersOf(RUN, 'production')).toHaveLength(1);
    expect(github.answersOf(RUN, 'production')[0]!.state).toBe('approved');
    const stored = await databaseOf(h.bot.store).githubRun.findFirst();
    expect(stored?.finalState).toBe('approved');
  });

  it('reports to the waiting run only when something meaningful changed: sign-offs, the last required item', async () => {
    await deliver(protectionRuleDelivery({ environment: 'Staging' }));
    await h.drain();
    const reports = () => github.reportsOf(RUN, 'Staging').map((r) => r.comment);
    expect(reports()).toHaveLength(1);
    expect(reports()[0]).toContain('Sign-off missing: Technical Lead (nobody assigned)');
    expect(reports()[0]).toContain(`Sign-off missing: Security Review (assigned: @${SEC})`);
    expect(reports()[0]).toContain('Required items open: 2');
    const parent = lastCard(h.fake)!.ts;
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await h.drain();
    // One of two required items: progress, nothing worth one of GitHub's ten reports.
    expect(reports()).toHaveLength(1);
    await clickItem(h, parent, 'tls-valid', 'U0DEV');
    await h.drain();
    expect(reports()).toHaveLength(2);
    expect(reports()[1]).not.toContain('Required items open');
    await clickCard(h, 'sign-off', SEC);
    await submitSignOff(h, SEC, 'security', 'approve');
    await h.drain();
    expect(reports()).toHaveLength(3);
    expect(reports()[2]).not.toContain('Security Review');
    expect(reports()[2]).toContain('Technical Lead');
    expect(github.answersOf(RUN, 'Staging')).toEqual([]);
  });

  it('stops reporting when GitHub takes no more reports, and still approves at go-live (own GitHub)', async () => {
    await start({ reportLimit: 1 });
    await deliver(protectionRuleDelivery());
    await h.drain();
    const parent = lastCard(h.fake)!.ts;
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await clickItem(h, parent, 'backup-taken', 'U0DEV');
    await h.drain();
    // The second report met GitHub's limit (422): recorded, not retried.
    expect(github.refusals.map((r) => r.status)).toEqual([422]);
    expect((await databaseOf(h.bot.store).githubRun.findFirst())?.reportsSent).toBe(10);
    await clickItem(h, parent, 'notes-written', 'U0DEV');
    await h.drain();
    expect(github.refusals).toHaveLength(1);
    await clickCard(h, 'go-live', OCTOCAT);
    await h.drain();
    expect(github.answersOf(RUN, 'production').map((a) => a.state)).toEqual(['approved']);
    expect(github.reportsOf(RUN, 'production')).toHaveLength(1);
  });

  it('asks for a new installation token only when the cached one is about to expire (own GitHub)', async () => {
    // Tokens that last four minutes are within the five-minute margin: each call asks for a fresh one.
    await start({ tokenTtlMs: 4 * 60_000 });
    await deliver(protectionRuleDelivery());
    await h.drain();
    await goLive();
    // The first report, the report once every required item is done, the approval: three calls, three tokens.
    expect(github.calls.map((c) => c.state ?? 'report')).toEqual(['report', 'report', 'approved']);
    expect(github.tokensIssued).toBe(3);
  });

  it('makes the environment’s owner own it when the person who triggered the run is not found in Slack', async () => {
    h.fake.users.delete(OCTOCAT);
    const answer = await deliver(protectionRuleDelivery());
    expect(answer.json.outcome).toBe('opened');
    expect((await h.bot.store.deployments.find(answer.json.deploymentId as string))?.ownerId).toBe(OWNER);
    expect(h.logs.join('\n')).toContain('github webhook: no Slack user has this email');
    // GitHub's ping when the webhook is set up is answered; other events are acknowledged and ignored.
    expect((await deliver({ zen: 'Keep it logically awesome.' }, { event: 'ping' })).status).toBe(200);
    expect((await deliver({ action: 'created' }, { event: 'deployment_status' })).json.outcome).toBe('ignored');
  });

  it(
    'answers from the core’s own thread, as in production (own GitHub)',
    async () => {
      await start({}, true);
      await deliver(protectionRuleDelivery());
      await h.drain();
      await goLive();
      expect(github.calls.map((c) => c.state ?? 'report')).toEqual(['report', 'report', 'approved']);
    },
    CORE_THREAD_START_MS,
  );

  it('refuses a delivery with a bad or missing signature (401) and does nothing', async () => {
    const forged = await deliver(protectionRuleDelivery(), {
      signature: githubSignature('not-the-secret-at-all', '{}'),
    });
    expect(forged.status).toBe(401);
    const unsigned = await deliver(protectionRuleDelivery(), { signature: null });
    expect(unsigned.status).toBe(401);
    await h.drain();
    expect(await deploymentCount()).toBe(0);
    expect(github.calls).toEqual([]);
    expect(h.logs.join('\n')).toContain('bad or missing X-Hub-Signature-256');
  });

  it('leaves unknown repositories and environments alone: a clear log line, 202, nothing created', async () => {
    const repo = await deliver(protectionRuleDelivery({ repository: 'acme/unknown' }));
    const env = await deliver(protectionRuleDelivery({ environment: 'qa' }));
    expect(repo.status).toBe(202);
    expect(repo.json.outcome).toBe('unmapped');
    expect(env.status).toBe(202);
    await h.drain();
    expect(await deploymentCount()).toBe(0);
    expect(github.calls).toEqual([]);
    const log = h.logs.filter((line) => line.includes('not in GITHUB_ENVIRONMENTS_FILE')).join('\n');
    expect(log).toContain('acme/unknown');
    expect(log).toContain('"environment":"qa"');
  });
});
