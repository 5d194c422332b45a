import { describe, expect, it } from 'vitest';
import { type RenderContext, renderBlocks } from '../../src/sandbox/page/render-blocks.ts';
import { formatSlackDate, renderMrkdwn } from '../../src/sandbox/page/render-mrkdwn.ts';
import { elementValue, viewState } from '../../src/sandbox/sandbox-server.ts';
import type { FakeView } from '../../src/sandbox/slack-stand-in.ts';

const NOW = new Date('2026-05-11T10:00:00Z');
const context: RenderContext = {
  userName: (id) => ({ U0ALEX: 'Alex Kim', U0PRIYA: 'Priya Shah' })[id] ?? id,
  channelName: (id) => (id === 'C0DEPLOYS' ? 'deploys' : id),
  now: NOW,
  people: [
    { id: 'U0ALEX', name: 'Alex Kim' },
    { id: 'U0PRIYA', name: 'Priya Shah' },
  ],
  channels: [{ id: 'C0DEPLOYS', name: 'deploys' }],
};

describe('mrkdwn on the sandbox page', () => {
  it.each([
    ['*Owner:* <@U0ALEX>', '<b>Owner:</b> <span class="mention" data-user="U0ALEX">@Alex Kim</span>'],
    ['_optional_ and ~gone~', '<i>optional</i> and <s>gone</s>'],
    ['see <https://example.com/a?b=1&amp;c=2|the runbook>', 'href="https://example.com/a?b=1&amp;c=2"'],
    ['in <#C0DEPLOYS>', '#deploys'],
    [':white_check_mark: done', '✅ done'],
    ['`npm start`', '<code>npm start</code>'],
  ])('renders %j', (text, expected) => {
    expect(renderMrkdwn(text, context)).toContain(expected);
  });

  it('never turns text the bot escaped into markup', () => {
    const html = renderMrkdwn('service &lt;script&gt;alert(1)&lt;/script&gt; <javascript:alert(1)|click>', context);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="#"');
  });

  it('shows <!date^…> in UTC, relative to the bot clock', () => {
    const seconds = Date.parse('2026-05-11T02:00:00Z') / 1000;
    expect(renderMrkdwn(`<!date^${seconds}^{date_short_pretty} at {time}|2026-05-11 02:00 UTC>`, context)).toContain(
      'today at 02:00 UTC',
    );
    expect(formatSlackDate(seconds, '{ago}', NOW)).toBe('8 hours ago');
    expect(formatSlackDate(seconds - 86_400, '{date_pretty}', NOW)).toBe('yesterday');
    expect(formatSlackDate(seconds, '{date_long}', NOW)).toBe('Monday, May 11th, 2026');
  });
});

describe('Block Kit on the sandbox page', () => {
  it('draws a section with fields and a button accessory that reports its action and block ids', () => {
    const html = renderBlocks(
      [
        {
          type: 'section',
          block_id: 'item:tests-pass',
          text: { type: 'mrkdwn', text: 'All tests pass' },
          fields: [{ type: 'mrkdwn', text: '*Service*\npayments-api' }],
          accessory: { type: 'button', action_id: 'tick-item', text: { type: 'plain_text', text: 'Tick' }, value: 'x' },
        },
      ],
      context,
    );
    expect(html).toContain('All tests pass');
    expect(html).toContain('<b>Service</b><br>payments-api');
    expect(html).toContain('&quot;a&quot;:&quot;tick-item&quot;,&quot;b&quot;:&quot;item:tests-pass&quot;');
    expect(html).toContain('>Tick</button>');
  });

  it('keeps a button style and its confirmation dialog', () => {
    const html = renderBlocks(
      [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: 'start-rollback',
              style: 'danger',
              text: { type: 'plain_text', text: 'Start rollback' },
              confirm: {
                title: { type: 'plain_text', text: 'Roll back?' },
                text: { type: 'mrkdwn', text: 'This *cannot* be undone' },
                confirm: { type: 'plain_text', text: 'Roll back' },
                deny: { type: 'plain_text', text: 'Keep going' },
              },
            },
          ],
        },
      ],
      context,
    );
    expect(html).toContain('class="bk-button bk-danger"');
    expect(html).toContain('Roll back?');
    expect(html).toContain('Keep going');
  });

  it('shows an input with its current value and the error the bot gave for its block', () => {
    const html = renderBlocks(
      [
        {
          type: 'input',
          block_id: 'reason',
          label: { type: 'plain_text', text: 'Reason' },
          optional: true,
          element: { type: 'plain_text_input', action_id: 'reason', initial_value: 'flaky <test>' },
        },
        {
          type: 'input',
          block_id: 'role:tech-lead',
          label: { type: 'plain_text', text: 'Technical Lead' },
          element: { type: 'multi_users_select', action_id: 'users', initial_users: ['U0PRIYA'] },
        },
      ],
      { ...context, errors: { reason: 'A rejection needs a reason' } },
    );
    expect(html).toContain('value="flaky &lt;test&gt;"');
    expect(html).toContain('(optional)');
    expect(html).toContain('A rejection needs a reason');
    expect(html).toContain('<input type="checkbox" value="U0PRIYA" checked><span>Priya Shah</span>');
    expect(html).toContain('<input type="checkbox" value="U0ALEX"><span>Alex Kim</span>');
  });
});

describe('what the sandbox tells the bot a person chose', () => {
  const checkboxes = {
    type: 'checkboxes',
    action_id: 'tick',
    options: [
      { text: { type: 'mrkdwn', text: 'One' }, value: 'one' },
      { text: { type: 'mrkdwn', text: 'Two' }, value: 'two' },
    ],
  };

  it('sends the whole current selection of checkboxes, with the element’s own options, as Slack does', () => {
    expect(elementValue(checkboxes, { values: ['two'] })).toEqual({
      type: 'checkboxes',
      selected_options: [{ text: { type: 'mrkdwn', text: 'Two' }, value: 'two' }],
    });
  });

  it('builds a modal’s state from every input block, untouched ones included', () => {
    const view = {
      id: 'V1',
      type: 'modal',
      hash: 'h',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'context' } },
        {
          type: 'input',
          block_id: 'decision',
          element: {
            type: 'radio_buttons',
            action_id: 'decision',
            options: [{ text: { type: 'plain_text', text: 'Approve' }, value: 'approve' }],
          },
        },
        { type: 'input', block_id: 'note', element: { type: 'plain_text_input', action_id: 'note' } },
      ],
    } as FakeView;
    expect(viewState(view, { decision: { value: 'approve' } })).toEqual({
      decision: {
        decision: {
          type: 'radio_buttons',
          selected_option: { text: { type: 'plain_text', text: 'Approve' }, value: 'approve' },
        },
      },
      note: { note: { type: 'plain_text_input', value: null } },
    });
  });
});
