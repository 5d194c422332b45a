import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, findItem, type Harness, lastCard, startHarness } from '../support/bot-harness.ts';
import { interactivityForm, SLACK_ACK_WINDOW_MS, sendSigned, stateSnapshot } from '../support/hostile-requests.ts';

type Payload = Record<string, unknown>;
type Entry = Record<string, unknown> & { level: string; message: string };

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

// Each suite runs with the tests' setting (the reply waits for the listener) and with production's (reply at ack).
describe.each([
  { setting: 'processBeforeResponse', processBeforeResponse: true },
  { setting: 'production (reply at ack)', processBeforeResponse: false },
])('hostile signed requests, $setting', ({ processBeforeResponse }) => {
  let h: Harness;
  let click: Payload;

  beforeAll(async () => {
    h = await startHarness({ processBeforeResponse });
    await h.slack.command({
      text: 'start hostile-svc v1 --template small-service',
      userId: 'U0OWNER',
      channelId: CHANNEL,
    });
    // With the production setting the reply comes at the ack: the deployment is stored and posted after it.
    await h.fake.waitFor('chat.postMessage');
    await h.drain();
    const parent = lastCard(h.fake)?.ts as string;
    const { message, block } = findItem(h.fake, parent, 'tests-green');
    click = h.slack.blockActionPayload({
      userId: 'U0ALICE',
      channelId: CHANNEL,
      messageTs: message.ts,
      threadTs: parent,
      actionId: block.accessory?.action_id as string,
      value: block.accessory?.value,
    }).payload;
  });
  afterAll(async () => {
    // Nothing left pending: a shutdown with unsent jobs on PostgreSQL is another suite's subject.
    await h?.drain();
    await h?.close();
  });

  /** The log entries written since `from`, parsed. */
  const entriesSince = (from: number): Entry[] => h.logs.slice(from).map((line) => JSON.parse(line) as Entry);

  const viewSubmission = (): Payload => ({
    type: 'view_submission',
    team: { id: 'T0TEST', domain: 'fake-team' },
    user: { id: 'U0ALICE', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    trigger_id: '1.2.view',
    view: {
      id: 'V0HOSTILE',
      callback_id: 'sign-off',
      private_metadata: '{}',
      state: { values: {} },
    },
  });

  it.each<[string, () => Payload, string]>([
    ['a button click without user', () => ({ ...click, user: undefined }), 'user'],
    ['a button click with user null', () => ({ ...click, user: null }), 'user'],
    ['a button click whose user has no id', () => ({ ...click, user: { name: 'alice' } }), 'user.id'],
    ['a button click with channel null', () => ({ ...click, channel: null }), 'channel'],
    ['a button click with no actions', () => ({ ...click, actions: [] }), 'actions'],
    ['a button click whose action is null', () => ({ ...click, actions: [null] }), 'actions.0'],
    ['a modal submission without user', () => ({ ...viewSubmission(), user: undefined }), 'user'],
    ['a modal submission with user null', () => ({ ...viewSubmission(), user: null }), 'user'],
    ['a modal submission without view', () => ({ ...viewSubmission(), view: undefined }), 'view'],
    ['a modal submission with view null', () => ({ ...viewSubmission(), view: null }), 'view'],
    ['a modal closed without view', () => ({ ...viewSubmission(), type: 'view_closed', view: undefined }), 'view'],
    ['an id of a megabyte', () => ({ ...click, user: { id: 'U'.repeat(1_000_000) } }), 'user.id'],
    ['a payload of no known type', () => ({ type: 'nonsense', user: { id: 'U0ALICE' } }), 'not a command'],
  ])('answers %s with 400 at once, changes nothing and logs one warn line naming it', async (_name, make, named) => {
    const before = await stateSnapshot(h);
    const from = h.logs.length;
    const answer = await sendSigned(h, interactivityForm(make()));
    expect(answer).toMatchObject({ answered: true, status: 400 });
    await h.drain();
    expect(await stateSnapshot(h)).toEqual(before);
    const warnings = entriesSince(from).filter((entry) => entry.level === 'warn' || entry.level === 'error');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 'warn', message: 'rejected a malformed Slack request' });
    expect(String(warnings[0]?.problem)).toContain(named);
    // Whatever the request carried, the line stays short.
    expect(h.logs.slice(from).every((line) => line.length < 2_000)).toBe(true);
  });

  it.each([
    ['a form whose payload is null', 'payload=null', FORM],
    ['a JSON body null', 'null', JSON_TYPE],
    ['a form whose payload is a number', 'payload=5', FORM],
    ['a form whose payload is a string', 'payload=%22x%22', FORM],
    ['a JSON array', '[{"type":"block_actions"}]', JSON_TYPE],
    [
      'a form with the fields of a command repeated',
      'command=%2Fdeploy-checklist&command=x&text=&user_id=U&channel_id=C&team_id=T',
      FORM,
    ],
  ])('answers %s with 400 at once instead of leaving the socket open', async (_name, body, contentType) => {
    const before = await stateSnapshot(h);
    const from = h.logs.length;
    const answer = await sendSigned(h, { body, contentType });
    expect(answer).toMatchObject({ answered: true, status: 400 });
    expect(await stateSnapshot(h)).toEqual(before);
    expect(entriesSince(from).filter((entry) => entry.level !== 'debug' && entry.level !== 'info')).toEqual([
      expect.objectContaining({ level: 'warn', message: 'rejected a malformed Slack request' }),
    ]);
  });

  it.each<[string, () => { body: string; contentType: string }]>([
    [
      'a shortcut',
      () =>
        interactivityForm({
          type: 'shortcut',
          callback_id: 'nope',
          user: { id: 'U0ALICE' },
          team: { id: 'T0TEST' },
          trigger_id: '1.2.3',
        }),
    ],
    [
      'a click on a button that is not ours',
      () =>
        interactivityForm({
          ...click,
          actions: [{ action_id: 'not-ours', block_id: 'b', type: 'button', value: 'x' }],
        }),
    ],
    [
      'a submission of a modal that is not ours',
      () => interactivityForm({ ...viewSubmission(), view: { callback_id: 'not-ours', state: { values: {} } } }),
    ],
    [
      'another slash command',
      () => ({
        body: new URLSearchParams({
          command: '/other',
          text: '',
          team_id: 'T0TEST',
          channel_id: CHANNEL,
          user_id: 'U0ALICE',
        }).toString(),
        contentType: FORM,
      }),
    ],
  ])('answers %s, which no listener handles, with 400 before the ack window closes', async (_name, make) => {
    const before = await stateSnapshot(h);
    const from = h.logs.length;
    const answer = await sendSigned(h, make());
    expect(answer).toMatchObject({ answered: true, status: 400 });
    expect(answer.elapsedMs).toBeLessThan(SLACK_ACK_WINDOW_MS);
    expect(await stateSnapshot(h)).toEqual(before);
    const entries = entriesSince(from);
    expect(entries.filter((entry) => entry.level === 'warn').map((entry) => entry.message)).toEqual([
      'rejected a Slack request no listener answered',
    ]);
    expect(entries.find((entry) => entry.message === 'slack request')).toMatchObject({ outcome: 'refused' });
  });

  it('answers a request with an id of a megabyte no listener handles at once, and logs a clipped id', async () => {
    const from = h.logs.length;
    const team = 'T'.repeat(1_000_000);
    const answer = await sendSigned(
      h,
      interactivityForm({ ...click, team: { id: team }, actions: [{ action_id: 'not-ours', block_id: 'b' }] }),
    );
    expect(answer).toMatchObject({ answered: true, status: 400 });
    const line = entriesSince(from).find((entry) => entry.message === 'slack request');
    expect(line?.team).toBe(`${'T'.repeat(100)}…(1000000 chars)`);
  });

  describe('the timestamp window: five minutes either way', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const command = (text: string) => ({
      body: new URLSearchParams({
        command: '/deploy-checklist',
        text,
        team_id: 'T0TEST',
        channel_id: CHANNEL,
        user_id: 'U0OWNER',
        response_url: h.fake.responseUrl(),
        trigger_id: '1.2.3',
      }).toString(),
      contentType: FORM,
    });

    it.each([
      ['an hour ahead', 3600],
      ['six minutes ahead', 6 * 60],
      ['six minutes behind', -6 * 60],
    ])('refuses a signed request dated %s with 401 and changes nothing', async (_name, offset) => {
      const before = await stateSnapshot(h);
      const answer = await sendSigned(h, {
        ...command('start future-svc v1 --template small-service'),
        timestamp: now() + offset,
      });
      expect(answer).toMatchObject({ answered: true, status: 401 });
      await h.drain();
      expect(await stateSnapshot(h)).toEqual(before);
    });

    it.each([
      ['four minutes ahead', 4 * 60],
      ['four minutes behind', -4 * 60],
    ])('accepts a signed request dated %s', async (_name, offset) => {
      const answer = await sendSigned(h, { ...command('help'), timestamp: now() + offset });
      expect(answer).toMatchObject({ answered: true, status: 200 });
    });

    it('logs why a request from the future was refused', async () => {
      const from = h.logs.length;
      await sendSigned(h, { ...command('help'), timestamp: now() + 3600 });
      expect(entriesSince(from)).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          message: 'rejected a Slack request dated more than five minutes ahead',
        }),
      );
    });
  });

  it('is still healthy and serves a well-formed click afterwards', async () => {
    const updates = h.fake.callsTo('chat.update').length;
    const answer = await sendSigned(h, interactivityForm(click));
    expect(answer).toMatchObject({ answered: true, status: 200 });
    // The tick reaches the thread (with the production setting, after the reply).
    await h.fake.waitFor(
      (call) => call.method === 'chat.update' && h.fake.callsTo('chat.update').indexOf(call) >= updates,
    );
    const response = await fetch(`http://127.0.0.1:${h.bot.port}/health`);
    expect(response.status).toBe(200);
  });
});
