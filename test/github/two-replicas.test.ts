import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL, clickItem, type Harness, lastCard, startHarness, TestClock } from '../support/bot-harness.ts';
import type { FakeGithub } from '../support/fake-github.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { deliverToBot, GITHUB_RUN, protectionRuleDelivery, startGithubApp } from '../support/github-app.ts';
import { clickCard } from '../support/sign-off-steps.ts';
import { createFreshDatabase, TEST_DATABASE, type TestDatabase } from '../support/test-database.ts';

const DEV = 'U0DEV';

// Replicas share a PostgreSQL database (SQLite is one process's file): this runs in the postgresql project.
describe.skipIf(TEST_DATABASE !== 'postgresql')('two replicas of the bot on one PostgreSQL database', () => {
  let a: Harness | undefined;
  let b: Harness | undefined;
  let github: FakeGithub | undefined;
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await a?.close();
    await b?.close();
    await a?.fake.close();
    await github?.close();
    await database?.drop();
  });

  it('send a waiting run its approval once, when both retry it after GitHub was down at go-live', async () => {
    database = await createFreshDatabase();
    const app = await startGithubApp();
    github = app.github;
    const fake = await startFakeSlack({ channels: [CHANNEL] });
    const clock = new TestClock();
    a = await startHarness({ databaseUrl: database.url, fake, clock, env: app.env });
    b = await startHarness({ databaseUrl: database.url, fake, clock, env: app.env });
    fake.users.set(DEV, { profile: { email: 'octocat@example.com' } });

    expect((await deliverToBot(a.bot.port, protectionRuleDelivery())).json.outcome).toBe('opened');
    await a.drain();
    const parent = lastCard(fake)!.ts;
    await clickItem(a, parent, 'tests-green', DEV);
    await clickItem(b, parent, 'backup-taken', DEV);
    await a.drain();
    await b.drain();
    github.failNext(2);
    await clickCard(b, 'go-live', DEV);
    await b.drain();
    expect(github.answersOf(GITHUB_RUN, 'production')).toEqual([]);

    // GitHub is back; both replicas sweep at the same moment, several times over.
    for (let round = 0; round < 4; round++) {
      clock.advance(10 * 60_000);
      await Promise.all([a.drain(), b.drain()]);
    }
    expect(github.answersOf(GITHUB_RUN, 'production').map((answer) => answer.state)).toEqual(['approved']);
    expect(github.refusals).toEqual([]);
  });
});
