import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseOf } from '../../src/store/store.ts';
import { CHANNEL, clickItem, type Harness, lastCard, startHarness, textOf } from '../support/bot-harness.ts';
import { clickCard, lastModal, submitSignOff, threadNotices } from '../support/sign-off-steps.ts';
import { checkSlackPayload } from '../support/slack-limits.ts';

const OWNER = 'U0OWNER';
const LEAD = 'U0LEAD';
const SEC = 'U0SEC';
const OPS = 'U0OPS';

describe('roles and sign-offs in the thread', () => {
  let h: Harness;
  let parent: string;

  beforeEach(async () => {
    h = await startHarness();
    h.fake.setUserGroupMembers('S0SECURITY', [SEC]);
    await h.slack.command({
      text: `start api v1.2.0 production --template signed-service --role tech-lead=<@${LEAD}|lead> --role operations=<@${OPS}>`,
      userId: OWNER,
      channelId: CHANNEL,
    });
    await h.drain();
    parent = lastCard(h.fake)!.ts;
  });
  afterEach(async () => {
    await h.close();
  });

  async function signOff(userId: string, roleKey: string, decision: 'approve' | 'reject' = 'approve', fields = {}) {
    await clickCard(h, 'sign-off', userId);
    const reply = await submitSignOff(h, userId, roleKey, decision, fields);
    await h.drain();
    return reply;
  }

  async function deployment() {
    const row = await databaseOf(h.bot.store).deployment.findFirst({ orderBy: { createdAt: 'desc' } });
    return row ? h.bot.store.deployments.load(row.id) : undefined;
  }

  it('assigns roles from --role and from the template user group, and shows them on the card', async () => {
    const card = textOf(lastCard(h.fake)!);
    expect(card).toContain(`*Technical Lead* (<@${LEAD}>): awaiting sign-off`);
    expect(card).toContain(`*Security Review* (<@${SEC}>): awaiting sign-off`);
    expect(card).toContain(`*Operations Lead* _(optional)_ (<@${OPS}>)`);
    expect(card).toContain('Sign-offs missing (2)');
  });

  it('lets the owner reassign roles in a modal pre-filled with the current assignees', async () => {
    await clickCard(h, 'assign-roles', OWNER);
    const modal = lastModal(h);
    expect(checkSlackPayload('modal', h.fake.callsTo('views.open').at(-1)!.args.view)).toEqual([]);
    expect(JSON.stringify(modal.blocks)).toContain(`"initial_users":["${LEAD}"]`);
    const reply = await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: 'assign-roles-modal',
      privateMetadata: modal.privateMetadata,
      values: {
        'role:tech-lead': { users: { type: 'multi_users_select', selected_users: ['U0NEWLEAD'] } },
        'role:security': { users: { type: 'multi_users_select', selected_users: [SEC] } },
        'role:operations': { users: { type: 'multi_users_select', selected_users: [] } },
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    await h.drain();
    const card = textOf(lastCard(h.fake)!);
    expect(card).toContain('*Technical Lead* (<@U0NEWLEAD>)');
    expect(card).toContain('*Operations Lead* _(optional)_ (_unassigned_)');
  });

  it('refuses role assignment to anyone but the owner', async () => {
    await clickCard(h, 'assign-roles', LEAD);
    const ephemeral = await h.fake.waitFor('chat.postEphemeral');
    expect(String(ephemeral.args.text)).toContain(`Only the owner of this deployment (<@${OWNER}>) can assign roles`);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('records an approval with who and when, on the card and in the thread', async () => {
    const reply = await signOff(LEAD, 'tech-lead', 'approve', { note: 'looks good' });
    expect(reply.body).toBe('');
    const card = textOf(lastCard(h.fake)!);
    expect(card).toMatch(/\*Technical Lead\* \(<@U0LEAD>\): approved by <@U0LEAD> <!date\^/);
    expect(threadNotices(h)).toContain(`:white_check_mark: *Technical Lead* approved by <@${LEAD}>: looks good`);
  });

  it('asks for a reason inside the modal when rejecting without one, and records nothing', async () => {
    await clickCard(h, 'sign-off', SEC);
    const reply = await submitSignOff(h, SEC, 'security', 'reject');
    expect(reply.json).toEqual({
      response_action: 'errors',
      errors: { reason: 'A rejection needs a reason (at least 10 characters), so the owner knows what to fix.' },
    });
    expect(await databaseOf(h.bot.store).signOff.count()).toBe(0);
    // Too short is not a reason either: the same rule, from the same place.
    const short = await submitSignOff(h, SEC, 'security', 'reject', { reason: 'no' });
    expect(JSON.stringify(short.json)).toContain('at least 10 characters');
    expect(await databaseOf(h.bot.store).signOff.count()).toBe(0);
  });

  it('shows a rejection on the card and pings the owner in the thread', async () => {
    await signOff(SEC, 'security', 'reject', { reason: 'HSTS header missing' });
    expect(textOf(lastCard(h.fake)!)).toContain(
      `*Security Review* (<@${SEC}>): rejected by <@${SEC}>: HSTS header missing`,
    );
    expect(threadNotices(h).join('\n')).toContain(
      `<@${OWNER}> *Security Review* rejected by <@${SEC}>: HSTS header missing`,
    );
  });

  it('tells someone who holds no role who can sign, without opening a modal', async () => {
    await clickCard(h, 'sign-off', 'U0STRANGER');
    const ephemeral = await h.fake.waitFor('chat.postEphemeral');
    expect(String(ephemeral.args.text)).toContain('You hold no role on this deployment');
    expect(String(ephemeral.args.text)).toContain(`*Security Review*: <@${SEC}>`);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('refuses a sign-off for a role the signer does not hold, inside the modal', async () => {
    await clickCard(h, 'sign-off', LEAD);
    const reply = await submitSignOff(h, LEAD, 'security', 'approve');
    expect((reply.json as { response_action: string }).response_action).toBe('errors');
    // Errors under a modal field are plain text: Slack shows no mention there, so the bot writes @ID, not <@ID>.
    const errors = (reply.json as { errors: Record<string, string> }).errors;
    expect(Object.values(errors).join(' ')).toContain(`Security Review can be signed by @${SEC}.`);
    expect(Object.values(errors).join(' ')).not.toMatch(/[<>*]/);
    expect(await databaseOf(h.bot.store).signOff.count()).toBe(0);
  });

  it('refuses the owner signing a required role (separation of duties)', async () => {
    await clickCard(h, 'assign-roles', OWNER);
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: 'assign-roles-modal',
      privateMetadata: lastModal(h).privateMetadata,
      values: { 'role:tech-lead': { users: { type: 'multi_users_select', selected_users: [LEAD, OWNER] } } },
    });
    await h.drain();
    await clickCard(h, 'sign-off', OWNER);
    const reply = await submitSignOff(h, OWNER, 'tech-lead', 'approve');
    expect(JSON.stringify(reply.json)).toContain(
      'You started this deployment, so you cannot sign the required role Technical Lead',
    );
  });

  it('refuses one person signing two required roles', async () => {
    h.fake.setUserGroupMembers('S0SECURITY', [SEC]);
    await clickCard(h, 'assign-roles', OWNER);
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: 'assign-roles-modal',
      privateMetadata: lastModal(h).privateMetadata,
      values: { 'role:security': { users: { type: 'multi_users_select', selected_users: [SEC, LEAD] } } },
    });
    await h.drain();
    await signOff(LEAD, 'tech-lead');
    await clickCard(h, 'sign-off', LEAD);
    const reply = await submitSignOff(h, LEAD, 'security', 'approve');
    expect(JSON.stringify(reply.json)).toContain(
      'You already signed Technical Lead; one person cannot sign two required roles',
    );
  });

  it('records the same submission twice as one sign-off', async () => {
    await clickCard(h, 'sign-off', LEAD);
    const metadata = lastModal(h).privateMetadata;
    await submitSignOff(h, LEAD, 'tech-lead', 'approve', { privateMetadata: metadata });
    await submitSignOff(h, LEAD, 'tech-lead', 'approve', { privateMetadata: metadata });
    await h.drain();
    expect(await databaseOf(h.bot.store).signOff.count()).toBe(1);
    expect(threadNotices(h).filter((t) => t.includes('approved by'))).toHaveLength(1);
  });

  it('records two approvers signing at the same moment', async () => {
    await clickCard(h, 'sign-off', LEAD);
    const metadata = lastModal(h).privateMetadata;
    await Promise.all([
      submitSignOff(h, LEAD, 'tech-lead', 'approve', { privateMetadata: metadata }),
      submitSignOff(h, SEC, 'security', 'approve', { privateMetadata: metadata }),
    ]);
    await h.drain();
    expect(await databaseOf(h.bot.store).signOff.count()).toBe(2);
    expect(textOf(lastCard(h.fake)!)).toContain('Sign-offs: quorum reached');
  });

  it('makes a sign-off stale when an item it covered is unticked, says why and pings the signer', async () => {
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await h.drain();
    await signOff(LEAD, 'tech-lead');
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await h.drain();
    const card = textOf(lastCard(h.fake)!);
    expect(card).toContain(
      ':warning: *Technical Lead* (<@U0LEAD>): stale: \\"All tests pass\\" was unticked after signing',
    );
    expect(threadNotices(h).join('\n')).toContain(`<@${LEAD}> your sign-off for *Technical Lead* is stale`);
  });

  it('makes sign-offs stale when the version changes', async () => {
    await signOff(LEAD, 'tech-lead');
    const reply = await h.slack.command({ text: 'version api v1.2.1', userId: OWNER, channelId: CHANNEL });
    expect(reply.status).toBe(200);
    await h.drain();
    const card = textOf(lastCard(h.fake)!);
    expect(card).toContain('api v1.2.1 → production');
    expect(card).toContain('stale: the version changed from v1.2.0 to v1.2.1');
  });

  it('refuses go-live with the exact list of what is missing', async () => {
    await clickItem(h, parent, 'tests-green', 'U0DEV');
    await h.drain();
    await signOff(LEAD, 'tech-lead');
    await clickCard(h, 'go-live', LEAD);
    const ephemeral = await h.fake.waitFor('chat.postEphemeral');
    expect(String(ephemeral.args.text)).toBe(
      [
        '*Not ready to go live.* Still missing:',
        `• Sign-off missing: *Security Review* (assigned: <@${SEC}>)`,
        '• Required item open: TLS certificate is valid (Pre-deployment)',
      ].join('\n'),
    );
    expect((await deployment())?.goLiveAt).toBeNull();
  });

  it('goes live with the quorum: records the time, sets the status and posts in the thread', async () => {
    for (const key of ['tests-green', 'tls-valid']) await clickItem(h, parent, key, 'U0DEV');
    await h.drain();
    await signOff(LEAD, 'tech-lead');
    await signOff(SEC, 'security');
    h.clock.advance(60_000);
    await clickCard(h, 'go-live', SEC);
    await h.drain();
    const live = await deployment();
    expect(live?.status).toBe('deployed');
    expect(live?.goLiveAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(threadNotices(h).join('\n')).toContain(`:rocket: *Live:* api v1.2.0 → production, by <@${SEC}>.`);
    expect(textOf(lastCard(h.fake)!)).toContain(':rocket: Live since <!date^');
  });

  it('lets the owner override with a written reason, audited and visible on the card', async () => {
    await clickCard(h, 'go-live', OWNER);
    const ephemeral = await h.fake.waitFor('chat.postEphemeral');
    expect(JSON.stringify(ephemeral.args.blocks)).toContain('go-live-override');
    const messageTs = String((ephemeral.response as { message_ts?: string }).message_ts ?? '1.1');
    await h.slack.blockAction({
      userId: OWNER,
      channelId: CHANNEL,
      messageTs,
      actionId: 'go-live-override',
      value: (ephemeral.args.blocks as Array<{ elements?: Array<{ value: string }> }>)[1]!.elements![0]!.value,
      isEphemeral: true,
    });
    const modal = lastModal(h);
    expect(modal.callbackId).toBe('go-live-override-modal');
    const tooShort = await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: { reason: { reason: 'because' } },
    });
    expect(JSON.stringify(tooShort.json)).toContain('at least 10 characters');
    await h.slack.viewSubmission({
      userId: OWNER,
      callbackId: modal.callbackId,
      privateMetadata: modal.privateMetadata,
      values: { reason: { reason: 'Hotfix for the payment outage, security reviews after' } },
    });
    await h.drain();
    expect(textOf(lastCard(h.fake)!)).toContain(
      '*Went live without the quorum:* Hotfix for the payment outage, security reviews after',
    );
    const audit = await databaseOf(h.bot.store).auditEvent.findFirst({ where: { action: 'went-live-with-override' } });
    expect(audit?.actor).toBe(OWNER);
    expect(JSON.parse(audit!.dataJson).blockers).toHaveLength(4);
  });

  it('records post-deployment verification; "rollback required" moves the deployment to rollback', async () => {
    for (const key of ['tests-green', 'tls-valid']) await clickItem(h, parent, key, 'U0DEV');
    await h.drain();
    await signOff(LEAD, 'tech-lead');
    await signOff(SEC, 'security');
    await clickCard(h, 'go-live', SEC);
    await h.drain();
    h.fake.clearRecords();
    await clickCard(h, 'verify', LEAD);
    expect(String((await h.fake.waitFor('chat.postEphemeral')).args.text)).toContain('Operations Lead');
    await clickCard(h, 'verify', OPS);
    const modal = lastModal(h);
    const submit = (status: string, note: string | null) =>
      h.slack.viewSubmission({
        userId: OPS,
        callbackId: modal.callbackId,
        privateMetadata: modal.privateMetadata,
        values: {
          role: { role: { type: 'static_select', selected_option: { value: 'operations' } } },
          issues: { issues: { type: 'radio_buttons', selected_option: { value: 'minor' } } },
          status: { status: { type: 'radio_buttons', selected_option: { value: status } } },
          note: { note: { type: 'plain_text_input', value: note } },
        },
      });
    expect((await submit('monitoring', 'slow queries on /search')).body).toBe('');
    await h.drain();
    expect((await deployment())?.status).toBe('verifying');
    expect(JSON.stringify((await submit('rollback-required', null)).json)).toContain('Say why a rollback is required');
    await submit('rollback-required', 'error rate doubled');
    await h.drain();
    expect((await deployment())?.status).toBe('rolling-back');
    const card = textOf(lastCard(h.fake)!);
    expect(card).toContain('issues *minor*, *monitoring*: slow queries on /search');
    expect(card).toContain(':rewind: Rollback: error rate doubled');
  });
});
