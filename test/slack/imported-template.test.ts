import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { CHANNEL, clickItem, findItem, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';

const RUNBOOK = `---
owner: platform
---
# Release runbook

## Pre-Deployment
- [ ] Changelog reviewed
- [ ] Database backup taken
  - [ ] Backup restore tested

## Deployment Day
1. [ ] Traffic drained from the old pool

## Post-Deployment (T+2 hours)
- [ ] Error rates normal

## Rollback
- [ ] Previous release redeployed

## Sign-off
- [ ] Technical Lead: ____
`;

describe('a deployment started from an imported Markdown checklist', () => {
  let dir: string;
  let h: Harness;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'imported-'));
    const source = path.join(dir, 'RUNBOOK.md');
    writeFileSync(source, RUNBOOK);
    const out: string[] = [];
    const code = await runCli(
      ['import', source, '--out', path.join(dir, 'release-runbook.yaml'), '--name', 'release-runbook'],
      {
        stdout: (text) => out.push(text),
        stderr: (text) => out.push(text),
        cwd: dir,
        env: {},
      },
    );
    expect(code, out.join('')).toBe(0);
    h = await startHarness({ env: { TEMPLATES_DIR: dir } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is offered in Slack and runs like a built-in template', async () => {
    const reply = await h.slack.command({ text: 'templates', userId: 'U0OWNER', channelId: CHANNEL });
    expect(String((reply.json as { text: string }).text)).toContain('`release-runbook`');
    await h.slack.command({
      text: 'start billing v7 production --template release-runbook',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    await h.drain();
    const card = lastCard(h.fake)!;
    expect(textOf(card)).toContain('release-runbook');
    const text = JSON.stringify(h.fake.threadOf(card.ts).map((m) => m.blocks));
    for (const item of [
      'Changelog reviewed',
      'Backup restore tested',
      'Traffic drained from the old pool',
      'Error rates normal',
      'Previous release redeployed',
    ]) {
      expect(text).toContain(item);
    }
    expect(textOf(card)).toContain('Technical Lead');
    const deployment = (await h.bot.store.deployments.listOpenInChannel('T0TEST', CHANNEL))[0]!;
    const restore = deployment.template.phases
      .flatMap((p) => p.items)
      .find((item) => item.text === 'Backup restore tested')!;
    await clickItem(h, card.ts, restore.key, 'U0ALICE');
    await h.drain();
    expect(findItem(h.fake, card.ts, restore.key).block.text?.text).toContain('ticked by <@U0ALICE>');
  });
});
