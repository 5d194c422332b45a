import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, lastCard, startHarness, TestClock } from '../support/bot-harness.ts';
import { startHttpServer, type TestServer } from '../support/probe-servers.ts';
import { type PrometheusProcess, startPrometheus, waitFor } from '../support/prometheus-process.ts';
import { clickCard, threadNotices } from '../support/sign-off-steps.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

const OWNER = 'U0OWNER';

type Section = { type: string; text?: { text: string } };

/**
 * The whole way a figure travels: PROMETHEUS_URL in the bot's environment, the template's promql item filled
 * with the deployment's names, the baseline run at go-live, and the check-in that compares the same query now.
 */
describe('a check-in reads its figures from Prometheus', () => {
  let service: TestServer;
  let prometheus: PrometheusProcess;
  let errorRatio = 0.002;
  let h: Harness;

  async function sees(value: number): Promise<void> {
    await waitFor(
      async () => {
        const [series] = await prometheus.query('app_error_ratio{service="web",environment="production"}');
        return Number(series?.value[1]) === value;
      },
      { timeoutMs: 30_000, what: `Prometheus to scrape an error ratio of ${value}` },
    );
  }

  beforeAll(async () => {
    service = await startHttpServer((_request, response) => {
      // An explicit timestamp keeps the series out of staleness handling if a scrape times out on a busy machine.
      const body = `app_error_ratio{service="web",environment="production"} ${errorRatio} ${Date.now()}\n`;
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(body);
    });
    prometheus = await startPrometheus([{ job: 'web', target: `127.0.0.1:${service.port}` }]);
  }, 60_000);
  afterAll(async () => {
    await prometheus?.stop();
    await service?.close();
  });

  beforeEach(async () => {
    errorRatio = 0.002;
    await sees(0.002);
    // The bot's clock starts at the real time: the go-live baseline and the check-in query Prometheus at the
    // times the bot believes it is, and Prometheus only has data from the last minute.
    h = await startHarness({
      clock: new TestClock(new Date()),
      env: { PROBE_ALLOW_PRIVATE: 'true', PROMETHEUS_URL: prometheus.url },
    });
    await h.slack.command({
      text: 'start web v9 production --template metrics-service',
      userId: OWNER,
      channelId: CHANNEL,
    });
    await h.drain();
    await clickCard(h, 'go-live', OWNER);
    await h.drain();
  }, 60_000);
  afterEach(async () => {
    await h?.close();
  });

  it('shows the figure at go-live and now, with its threshold and query, and calls a broken one newly failing', async () => {
    expect(threadNotices(h).join('\n')).toContain('*Probes at go-live (baseline for check-ins)*: 1 pass, 0 fail');

    errorRatio = 0.03;
    await sees(0.03);
    const deployment = await databaseOf(h.bot.store).deployment.findFirst();
    const goLiveAt = deployment?.goLiveAt;
    if (!goLiveAt) throw new Error('the deployment did not go live');
    h.clock.set(new Date(goLiveAt.getTime() + 60_000));
    await h.drain();

    const checkIn = h.fake.threadOf(lastCard(h.fake)?.ts as string).find((m) => m.text.startsWith('Check-in '));
    if (!checkIn) throw new Error('no check-in was posted');
    expect(checkSlackPayload('message', checkIn)).toEqual([]);
    const comparison = (checkIn.blocks as Section[])
      .map((block) => block.text?.text ?? '')
      .find((text) => text.startsWith('*Probes now vs. at go-live*'));
    expect(comparison?.split('\n')).toEqual([
      '*Probes now vs. at go-live*',
      ':red_circle: newly failing since go-live: *Error rate below 1 %*',
      ':red_circle: *error rate* 3 % ✗ (&lt; 1 %) · at go-live 0.2 % ✓ · `app_error_ratio{service="web",environment="production"}`',
    ]);
    expect(threadNotices(h).join('\n')).toContain('probes fail at *T+1 minute* that passed at go-live');
  });
});
