import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';

const { version } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

describe('the running version', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('/deploy-checklist help ends with the version of package.json', async () => {
    const help = await h.slack.command({ text: 'help', userId: 'U0OWNER', channelId: CHANNEL });
    expect((help.json as { text: string }).text).toMatch(new RegExp(`\\n_deploy-checklist ${version}_$`));
  });

  it('GET /metrics has deploy_checklist_build_info with the version and the Node.js version', async () => {
    const scrape = await (await fetch(`http://127.0.0.1:${h.bot.port}/metrics`)).text();
    expect(scrape).toContain('# TYPE deploy_checklist_build_info gauge');
    expect(scrape).toContain(`deploy_checklist_build_info{version="${version}",node="${process.version}"} 1`);
  });
});
