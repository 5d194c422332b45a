// An acknowledged request is replayed after a crash under the key it was journaled with (src/inbox). When the
// change had been stored after all, the replay must find the key and change nothing: no second audit row, no second
// render. The key is written in the change's own transaction, as plain SQL, so its unique violation has to be
// recognised in the shape a raw statement reports it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, type Harness, startHarness } from '../support/bot-harness.ts';
import { TEST_DATABASE } from '../support/test-database.ts';

const OWNER = 'U0OWNER';

describe(`a request applied twice under one key on ${TEST_DATABASE}`, () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('is stored once: a replay after a later change does not apply the old request again', async () => {
    await h.slack.command({ text: 'start payments-api v2.4.1 production', userId: OWNER, channelId: CHANNEL });
    await h.drain();
    const db = databaseOf(h.bot.store);
    const deployment = await db.deployment.findFirstOrThrow();
    const template = JSON.parse(deployment.templateJson) as { phases: Array<{ items: Array<{ key: string }> }> };
    const itemKey = template.phases[0]?.items[0]?.key as string;
    const tick = { type: 'set-item' as const, actor: OWNER, itemKey, done: true };
    const untick = { ...tick, done: false };
    const form = { kind: 'form' as const };
    const audit = async () =>
      (await db.auditEvent.findMany({ where: { deploymentId: deployment.id, itemKey }, orderBy: { id: 'asc' } })).map(
        (row) => row.action,
      );

    expect(await h.bot.core.apply(deployment.id, tick, { origin: form, requestKey: 'request-tick' })).toEqual({
      ok: true,
    });
    expect(await h.bot.core.apply(deployment.id, untick, { origin: form, requestKey: 'request-untick' })).toEqual({
      ok: true,
    });
    // The tick's replay (its journal entry was not settled before a crash): the tick would change the item again,
    // so it reaches the store, which finds the key taken and stores nothing.
    expect(await h.bot.core.apply(deployment.id, tick, { origin: form, requestKey: 'request-tick' })).toEqual({
      ok: true,
    });

    expect(await audit()).toEqual(['item-ticked', 'item-unticked']);
    const item = await db.itemState.findUniqueOrThrow({
      where: { deploymentId_itemKey: { deploymentId: deployment.id, itemKey } },
    });
    expect(item.done).toBe(false);
  });
});
