// The report that landed in the thread, opened in a real browser (Debian's chromium through playwright-core,
// nothing downloaded): it renders with nothing fetched from elsewhere, and its printed form is saved as artifacts
// (test-results/report/) for a person to look at.

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { clickCard } from '../support/sign-off-steps.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-results/report');

describe.skipIf(!existsSync(CHROMIUM))('the uploaded report in a browser (needs /usr/bin/chromium)', () => {
  let h: Harness;
  let browser: Browser;

  beforeAll(async () => {
    h = await startHarness();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('opens self-contained, shows the deployment and its audit head, and prints to A4', async () => {
    await h.slack.command({ text: 'start payments-api v2.4.1 production', userId: 'U0OWNER', channelId: CHANNEL });
    await h.drain();
    await clickCard(h, 'upload-report', 'U0READER');
    await h.drain();
    const shared = h.fake.threadOf(lastCard(h.fake)!.ts).flatMap((message) => message.files ?? []);
    expect(shared).toHaveLength(1);
    const html = h.fake.files.get(shared[0]!.id)!.content!.toString('utf8');
    const head = (await databaseOf(h.bot.store).deployment.findFirstOrThrow()).auditHeadHash!;

    const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') fetched.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('payments-api');
    expect(text).toContain('v2.4.1');
    expect(text).toContain(head);
    expect(await page.locator('svg').count()).toBeGreaterThan(0);
    expect(fetched).toEqual([]);
    // Column headings read whole: none is broken across lines (a narrow column once showed "Require d").
    const brokenHeadings = await page.$$eval('th', (cells) =>
      cells
        .filter((cell) => {
          const range = cell.ownerDocument.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((cell) => cell.textContent),
    );
    expect(brokenHeadings).toEqual([]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'uploaded-report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: path.join(ARTIFACTS, 'uploaded-report.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
