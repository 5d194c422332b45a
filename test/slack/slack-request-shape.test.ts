import { describe, expect, it } from 'vitest';
import { isWithinTimestampWindow } from '../../src/slack/guard-slack-requests.ts';
import { problemWithSlackRequest } from '../../src/slack/slack-request-shape.ts';

const user = { id: 'U1', username: 'alice', team_id: 'T1' };

// Bodies as Slack sends them must pass, whatever optional parts they leave out; bodies Bolt would throw on must not.
describe('the outer shape of a Slack request', () => {
  it.each<[string, unknown]>([
    ['a slash command', { command: '/deploy-checklist', text: '', team_id: 'T1', channel_id: 'C1', user_id: 'U1' }],
    [
      'a click in a channel',
      {
        type: 'block_actions',
        user,
        team: { id: 'T1' },
        channel: { id: 'C1' },
        actions: [{ action_id: 'tick-item', block_id: 'b', value: '{}' }],
      },
    ],
    [
      'a click in a modal (no channel)',
      { type: 'block_actions', user, team: { id: 'T1' }, view: { id: 'V1' }, actions: [{ action_id: 'a' }] },
    ],
    [
      'a click from an org-wide install (team null)',
      { type: 'block_actions', user, team: null, enterprise: { id: 'E1' }, actions: [{ action_id: 'a' }] },
    ],
    [
      'a modal submission',
      {
        type: 'view_submission',
        user,
        team: { id: 'T1' },
        view: {
          callback_id: 'sign-off-modal',
          private_metadata: '',
          state: { values: { b: { a: { type: 'plain_text_input', value: null } } } },
        },
      },
    ],
    [
      'a modal closed',
      { type: 'view_closed', user, team: { id: 'T1' }, view: { callback_id: 'x' }, is_cleared: false },
    ],
    [
      'an event with a user id',
      { type: 'event_callback', team_id: 'T1', event: { type: 'app_home_opened', user: 'U1', tab: 'home' } },
    ],
    [
      'an event with a user object',
      { type: 'event_callback', team_id: 'T1', event: { type: 'user_change', user: { id: 'U1' } } },
    ],
    ['a shortcut', { type: 'shortcut', user, team: { id: 'T1' }, callback_id: 'x' }],
    ['url_verification', { type: 'url_verification', challenge: 'abc' }],
    ['ssl_check', { ssl_check: '1', token: 'x' }],
  ])('takes %s', (_name, body) => {
    expect(problemWithSlackRequest(body)).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'the body is null, not an object'],
    ['a number', 5, 'the body is a number, not an object'],
    ['an array', [], 'the body is an array, not an object'],
    ['no type at all', { hello: 'world' }, 'not a command, event or interaction payload'],
    [
      'a click without user',
      { type: 'block_actions', actions: [{ action_id: 'a' }] },
      'user: Invalid input: expected object, received undefined',
    ],
    [
      'a click with channel null',
      { type: 'block_actions', user, channel: null, actions: [{ action_id: 'a' }] },
      'channel:',
    ],
    ['a click with no action', { type: 'block_actions', user, actions: [] }, 'actions:'],
    [
      'a submission without view',
      { type: 'view_submission', user },
      'view: Invalid input: expected object, received undefined',
    ],
    [
      'a command whose user is repeated',
      { command: '/x', text: '', team_id: 'T1', channel_id: 'C1', user_id: ['U1', 'U2'] },
      'user_id:',
    ],
    [
      'an event whose channel is a number',
      { type: 'event_callback', event: { type: 'x', channel: 5 } },
      'event.channel:',
    ],
    ['an event that is a string', { type: 'event_callback', event: 'app_home_opened' }, 'event:'],
    [
      'authorizations holding null',
      { type: 'event_callback', event: { type: 'x' }, authorizations: [null] },
      'authorizations.0:',
    ],
    [
      'an id longer than any Slack id',
      { type: 'block_actions', user: { id: 'U'.repeat(256) }, actions: [{ action_id: 'a' }] },
      'user.id: Too big',
    ],
  ])('refuses %s, saying what is wrong', (_name, body, problem) => {
    expect(problemWithSlackRequest(body)?.problem).toContain(problem);
  });

  it('keeps its description short, whatever the body holds', () => {
    const keys = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${'k'.repeat(1000)}${i}`, { a: 5 }]));
    const body = { type: 'view_submission', user, view: { callback_id: 'x', state: { values: keys } } };
    expect(problemWithSlackRequest(body)?.problem.length).toBeLessThanOrEqual(300);
  });
});

describe("Slack's timestamp window", () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const seconds = now / 1000;
  it.each([
    ['now', seconds, true],
    ['five minutes behind', seconds - 300, true],
    ['five minutes ahead', seconds + 300, true],
    ['five minutes and a second behind', seconds - 301, false],
    ['five minutes and a second ahead', seconds + 301, false],
    ['an hour ahead', seconds + 3600, false],
    ['not a number', Number.NaN, false],
  ])('%s: %s', (_name, timestamp, within) => {
    expect(isWithinTimestampWindow(timestamp, now)).toBe(within);
  });
});
