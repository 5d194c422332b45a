import { describe, expect, it } from 'vitest';
import { describeSlackRequest, slackRequestKind } from '../../src/slack/observe-slack-requests.ts';

// What the request log line says about each kind of Slack request, from the bodies Slack sends.
describe('the request log line fields', () => {
  it.each([
    {
      name: 'a slash command',
      body: { command: '/deploy-checklist', text: 'start api v1', team_id: 'T1', channel_id: 'C1', user_id: 'U1' },
      kind: 'command',
      fields: { command: '/deploy-checklist', team: 'T1', channel: 'C1', user: 'U1' },
    },
    {
      name: 'a button click',
      body: {
        type: 'block_actions',
        team: { id: 'T1', domain: 'acme' },
        channel: { id: 'C1', name: 'deploys' },
        user: { id: 'U1', name: 'alice' },
        actions: [{ action_id: 'tick-item', value: '{}' }],
      },
      kind: 'action',
      fields: { actionId: 'tick-item', team: 'T1', channel: 'C1', user: 'U1' },
    },
    {
      name: 'a modal submission',
      body: {
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U1' },
        view: { callback_id: 'sign-off-modal' },
      },
      kind: 'view_submission',
      fields: { callbackId: 'sign-off-modal', team: 'T1', user: 'U1' },
    },
    {
      name: 'an event',
      body: { type: 'event_callback', team_id: 'T1', event: { type: 'app_home_opened', user: 'U1', channel: 'D1' } },
      kind: 'event',
      fields: { event: 'app_home_opened', team: 'T1', channel: 'D1', user: 'U1' },
    },
    {
      name: 'an event whose user is an object',
      body: { type: 'event_callback', team_id: 'T1', event: { type: 'user_change', user: { id: 'U1' } } },
      kind: 'event',
      fields: { event: 'user_change', team: 'T1' },
    },
    {
      name: 'something else',
      body: { type: 'app_rate_limited', team_id: 'T1' },
      kind: 'other',
      fields: { team: 'T1' },
    },
    { name: 'a body of the wrong shape', body: { command: 42, user: 'U1' }, kind: 'other', fields: {} },
    {
      name: 'ids far longer than Slack’s, cut to 100 characters',
      body: { type: 'block_actions', team: { id: 'T'.repeat(5000) }, user: { id: 'U1' }, actions: [] },
      kind: 'action',
      fields: { team: `${'T'.repeat(100)}…(5000 chars)`, user: 'U1' },
    },
  ])('$name', ({ body, kind, fields }) => {
    expect(slackRequestKind(body)).toBe(kind);
    expect(describeSlackRequest(body)).toEqual(fields);
  });
});
