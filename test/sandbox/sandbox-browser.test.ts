// The sandbox in a real browser: `npm start` with no Slack credentials, driven through its page with Debian's
// chromium (playwright-core, nothing downloaded). A whole deployment, as a team evaluating the bot would try it.
// The thread's screenshot is saved as a test artifact (test-results/sandbox/); SANDBOX_SCREENSHOT=docs/sandbox.png
// writes the README's picture too.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-results', 'sandbox');
/** `npm start` builds first when dist/ is older than the sources: minutes on a busy two-core machine. */
const START_MS = 300_000;
const SEE_MS = 30_000;

const PEOPLE = {
  owner: 'U0ALEX',
  lead: 'U0PRIYA',
  security: 'U0SAM',
  operations: 'U0MARIA',
  product: 'U0JONAS',
  outsider: 'U0CASEY',
} as const;

type Started = { child: ChildProcess; url: string; output: () => string };

/** `npm start` in its own process group (npm runs node under it), with no Slack credentials in its environment. */
function startSandbox(dataDir: string): Promise<Started> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('SLACK_') && name !== 'SANDBOX'),
  );
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...env,
      NODE_ENV: 'development',
      PORT: '0',
      DATABASE_URL: `file:${path.join(dataDir, 'sandbox.db')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start:\n${output}`)), START_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = /Sandbox: open (http:\/\/localhost:\d+\/) \(no Slack workspace; set SLACK_BOT_TOKEN/.exec(output);
      if (line?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: line[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

async function stopSandbox(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
}

describe.skipIf(!existsSync(CHROMIUM))('the local sandbox in a browser (needs /usr/bin/chromium)', () => {
  let dataDir: string;
  let sandbox: Started;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-browser-'));
    sandbox = await startSandbox(dataDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  }, START_MS + 60_000);

  afterAll(async () => {
    await browser?.close();
    if (sandbox) await stopSandbox(sandbox.child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const thread = () => page.locator('#thread');
  const card = () => page.locator('#messages .msg', { hasText: 'Deployment: payments-api v2.4.1' }).first();
  const modal = () => page.locator('#modal-layer .modal');

  async function see(where: Locator, text: string | RegExp): Promise<void> {
    await where.getByText(text).first().waitFor({ timeout: SEE_MS });
  }

  async function actAs(userId: string): Promise<void> {
    await page.locator('#acting-as').selectOption(userId);
  }

  async function signOff(userId: string, role: string): Promise<void> {
    await actAs(userId);
    await card().getByRole('button', { name: 'Sign off' }).click();
    await modal().waitFor({ timeout: SEE_MS });
    const roleSelect = modal().locator('[data-block="role"] select');
    if (await roleSelect.count()) await roleSelect.selectOption(role);
    await modal().locator('[data-block="decision"] input[value="approve"]').check();
    await modal().locator('[data-submit-view]').click();
    await modal().waitFor({ state: 'detached', timeout: SEE_MS });
  }

  it(
    'runs a deployment from the composer to the first check-in, with sign-offs and separation of duties',
    async () => {
      try {
        await runDeployment();
      } catch (error) {
        // What the page showed when a step failed, for whoever reads the failure.
        mkdirSync(ARTIFACTS, { recursive: true });
        // The thread from its top: the card as it stands after go-live, then the phases.
        await thread().evaluate((element) => {
          element.scrollTop = 0;
        });
        await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') }).catch(() => undefined);
        throw error;
      }
    },
    START_MS,
  );

  async function runDeployment(): Promise<void> {
    await page.goto(sandbox.url);
    // The page says it is a sandbox, and so does /health.
    await see(page.locator('.topbar'), 'SANDBOX');
    const health = await (await fetch(new URL('/health', sandbox.url))).json();
    expect(health).toMatchObject({ ok: true, sandbox: true });

    // An unknown subcommand is answered as the bot answers in Slack: only the person who typed it sees it.
    await page.locator('#composer-input').fill('/deploy-checklist launch payments-api');
    await page.locator('#composer-input').press('Enter');
    const refusal = page.locator('#messages .ephemeral').last();
    await see(refusal, 'Only visible to you');
    await see(refusal, 'Type /deploy-checklist help for all commands.');
    await actAs(PEOPLE.lead);
    await page.waitForTimeout(1500);
    expect(await page.locator('#messages .ephemeral').count()).toBe(0);
    await actAs(PEOPLE.owner);

    await page.locator('#composer-input').fill('/deploy-checklist start payments-api v2.4.1');
    await page.locator('#composer-input').press('Enter');
    await see(card(), 'Deployment: payments-api v2.4.1');
    // --url defaults to the sandbox's demo service.
    await see(card(), /URL: http:\/\/127\.0\.0\.1:\d+/);
    await card().locator('.replies').click();
    await see(thread(), 'Pre-deployment');

    // Tick two items: each shows who ticked it, and the card counts them.
    for (const item of ['tests-pass', 'security-scan']) {
      const block = thread().locator(`[data-block="item:${item}"]`);
      await block.getByRole('button', { name: 'Tick' }).click();
      await see(block, 'ticked by @Alex Kim');
      await block.getByRole('button', { name: 'Untick' }).waitFor({ timeout: SEE_MS });
    }
    await see(card(), 'Pre-deployment 2/19');

    // Run probes against the demo service: passing and failing evidence on the items.
    await card().getByRole('button', { name: 'Run probes' }).click();
    await see(thread().locator('[data-block="item:debug-endpoints-disabled"]'), 'probe fail: GET /debug (200)');
    await see(thread().locator('[data-block="item:health-check"]'), 'probe pass: 200');
    await see(thread().locator('[data-block="item:health-check"]'), 'ticked by the probe');

    // The owner assigns the roles in the modal.
    await card().getByRole('button', { name: 'Assign roles' }).click();
    await modal().waitFor({ timeout: SEE_MS });
    await modal().locator(`[data-block="role:tech-lead"] input[value="${PEOPLE.lead}"]`).check();
    await modal().locator(`[data-block="role:security"] input[value="${PEOPLE.security}"]`).check();
    await modal().locator(`[data-block="role:operations"] input[value="${PEOPLE.operations}"]`).check();
    await modal().locator(`[data-block="role:product-owner"] input[value="${PEOPLE.product}"]`).check();
    await modal().locator('[data-submit-view]').click();
    await modal().waitFor({ state: 'detached', timeout: SEE_MS });
    await see(card(), 'Technical Lead (@Priya Shah): awaiting sign-off');

    // A rejection without a reason is refused inside the modal, on the field, as Slack shows the bot's errors.
    await actAs(PEOPLE.security);
    await card().getByRole('button', { name: 'Sign off' }).click();
    await modal().waitFor({ timeout: SEE_MS });
    await modal().locator('[data-block="decision"] input[value="reject"]').check();
    await modal().locator('[data-submit-view]').click();
    await see(modal().locator('[data-error-for="reason"]'), 'A rejection needs a reason');
    await modal().locator('[data-close-view]').first().click();
    await modal().waitFor({ state: 'detached', timeout: SEE_MS });

    await signOff(PEOPLE.lead, 'tech-lead');
    await see(card(), 'approved by @Priya Shah');
    await signOff(PEOPLE.security, 'security');
    await signOff(PEOPLE.operations, 'operations');
    await see(card(), 'approved by @Maria Lopez');

    // The outsider holds no role: refused, and only they see why.
    await actAs(PEOPLE.outsider);
    await card().getByRole('button', { name: 'Sign off' }).click();
    await see(page.locator('.ephemeral'), 'You hold no role on this deployment');
    // The answer is in the thread; the card in the channel says there is one.
    await see(card().locator('.replies'), '1 only visible to you');
    await actAs(PEOPLE.owner);
    await page.waitForTimeout(1500);
    expect(await page.locator('.ephemeral', { hasText: 'You hold no role' }).count()).toBe(0);

    // Go live: items are still open, so the owner sees what is missing and goes live anyway, with a reason.
    await card().getByRole('button', { name: 'Go live' }).click();
    const blockers = page.locator('.ephemeral', { hasText: 'Go live anyway' }).last();
    await blockers.waitFor({ timeout: SEE_MS });
    await blockers.getByRole('button', { name: 'Go live anyway…' }).click();
    await modal().waitFor({ timeout: SEE_MS });
    await modal()
      .locator('[data-block="reason"] [data-el]')
      .fill('Sandbox demo: the remaining items were checked by hand');
    await modal().locator('[data-submit-view]').click();
    await modal().waitFor({ state: 'detached', timeout: SEE_MS });
    await see(card(), /Deployed|Verifying/);

    // An hour later by the bot's clock, the first check-in arrives in the thread; the owner answers it.
    await page.locator('[data-advance="3600000"]').click();
    await see(page.locator('#clock'), '1 h ahead');
    // Its probes run again first (against the demo service), so it takes a few seconds.
    const checkIn = thread().locator('.msg', { has: page.locator('.bk-header', { hasText: 'Check-in: First hour' }) });
    await checkIn.waitFor({ timeout: 90_000 });
    await see(checkIn, 'Probes now vs. at go-live');
    await checkIn.getByRole('button', { name: 'Stable', exact: true }).click();
    await see(checkIn, 'Answered stable by @Alex Kim');
    expect(await checkIn.getByRole('button').count()).toBe(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    // The thread from its top: the card as it stands after go-live, then the phases.
    await thread().evaluate((element) => {
      element.scrollTop = 0;
    });
    await page.locator('#thread-pane').screenshot({ path: path.join(ARTIFACTS, 'thread.png') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'page.png') });
    const docs = process.env.SANDBOX_SCREENSHOT;
    if (docs) await page.screenshot({ path: path.resolve(ROOT, docs) });

    // The App Home tab lists the deployment for the person looking.
    await page.locator('[data-home]').click();
    await see(page.locator('#messages'), 'Open deployments');
    await see(page.locator('#messages'), 'payments-api v2.4.1 → production');
  }
});
