import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL, findItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { clickCard } from '../support/sign-off-steps.ts';

const OWNER = 'U0OWNER';
const MALLORY = 'U0MALLORY';
const OTHER_CHANNEL = 'C0OTHER';

/**
 * Payloads Slack would sign but the listener did not expect (a forged channel, a button value copied onto another
 * deployment's message, a form submitted by someone else): the core decides who may change what, so each one
 * changes nothing, and the person is told why.
 */
describe('authorisation is checked where a change is applied', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function start(service: string, template = 'small-service', channelId = CHANNEL): Promise<string> {
    await h.slack.command({ text: `start ${service} v1 --template ${template}`, userId: OWNER, channelId });
    await h.drain();
    return lastCard(h.fake, channelId)!.ts;
  }

  const deploymentOf = async (service: string) => {
    const [found] = await h.bot.store.deployments.findByService('T0TEST', service);
    if (!found) throw new Error(`no deployment of ${service}`);
    return found;
  };

  const lastEphemeralTo = (userId: string) =>
    [...h.fake.ephemerals.values()].filter((message) => message.user === userId).at(-1)?.text ?? '';

  it('refuses a tick whose channel is not the deployment’s', async () => {
    const parent = await start('payments');
    const { message, block } = findItem(h.fake, parent, 'tests-green');
    await h.slack.blockAction({
      userId: MALLORY,
      channelId: OTHER_CHANNEL,
      messageTs: message.ts,
      threadTs: parent,
      actionId: block.accessory!.action_id,
      value: block.accessory!.value,
      blockId: block.block_id,
    });
    await h.drain();
    expect((await deploymentOf('payments')).items['tests-green']?.done ?? false).toBe(false);
    expect(lastEphemeralTo(MALLORY)).toContain('does not belong to this deployment');
  });

  it('refuses a button value that names another deployment than the message it sits on', async () => {
    const target = await start('payments');
    const decoy = await start('search');
    // The value of payments' button, sent as if pressed on search's message in the same channel.
    const { block } = findItem(h.fake, target, 'tests-green');
    const { message: decoyMessage } = findItem(h.fake, decoy, 'tests-green');
    await h.slack.blockAction({
      userId: MALLORY,
      channelId: CHANNEL,
      messageTs: decoyMessage.ts,
      threadTs: decoy,
      actionId: block.accessory!.action_id,
      value: block.accessory!.value,
      blockId: block.block_id,
    });
    await h.drain();
    expect((await deploymentOf('payments')).items['tests-green']?.done ?? false).toBe(false);
    expect((await deploymentOf('search')).items['tests-green']?.done ?? false).toBe(false);
    expect(lastEphemeralTo(MALLORY)).toContain('does not belong to this deployment');
  });

  it('still takes the same click from the deployment’s own message', async () => {
    const parent = await start('payments');
    const { message, block } = findItem(h.fake, parent, 'tests-green');
    await h.slack.blockAction({
      userId: MALLORY,
      channelId: CHANNEL,
      messageTs: message.ts,
      threadTs: parent,
      actionId: block.accessory!.action_id,
      value: block.accessory!.value,
      blockId: block.block_id,
    });
    await h.drain();
    expect((await deploymentOf('payments')).items['tests-green']).toMatchObject({ done: true, by: MALLORY });
  });

  it('refuses a Set URL form submitted by someone other than the owner', async () => {
    await start('payments');
    await clickCard(h, 'set-endpoint', OWNER);
    const view = h.fake.callsTo('views.open').at(-1)!.args.view as { private_metadata: string; callback_id: string };
    const reply = await h.slack.viewSubmission({
      userId: MALLORY,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { 'endpoint:url': { value: 'https://attacker.example.net/' } },
    });
    expect(reply.json).toEqual({
      response_action: 'errors',
      errors: { 'endpoint:url': expect.stringContaining('Only the owner of this deployment') },
    });
    await h.drain();
    expect((await deploymentOf('payments')).endpoints).toEqual({});
  });

  it('refuses a roles form submitted by someone other than the owner', async () => {
    await start('payments', 'signed-service');
    await clickCard(h, 'assign-roles', OWNER);
    const view = h.fake.callsTo('views.open').at(-1)!.args.view as { private_metadata: string; callback_id: string };
    await h.slack.viewSubmission({
      userId: MALLORY,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { 'role:tech-lead': { users: { type: 'multi_users_select', selected_users: [MALLORY] } } },
    });
    await h.drain();
    expect((await deploymentOf('payments')).roles['tech-lead'] ?? []).not.toContain(MALLORY);
  });
});
