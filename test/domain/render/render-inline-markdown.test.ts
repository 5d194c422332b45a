import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown } from '../../../src/domain/render/render-inline-markdown.ts';
import { renderPhaseMessages } from '../../../src/domain/render/render-phase-messages.ts';
import { ZTemplate } from '../../../src/domain/template.ts';
import { buildDeployment } from '../../support/deployment-builder.ts';
import { checkSlackPayload } from '../../support/slack-limits.ts';

describe('renderInlineMarkdown', () => {
  it.each([
    [
      'a Markdown link becomes a Slack link',
      'Read the [runbook](https://wiki.example.com/run?a=1&b=2)',
      'Read the <https://wiki.example.com/run?a=1&amp;b=2|runbook>',
    ],
    [
      'a code span stays a code span, its content escaped',
      'Run `kubectl rollout undo deploy/api` <now>',
      'Run `kubectl rollout undo deploy/api` &lt;now&gt;',
    ],
    [
      'a bare address becomes a link',
      'See https://status.example.com for news',
      'See <https://status.example.com> for news',
    ],
    [
      'a label cannot end the link early',
      'The [a|b>c](https://x.example/p) page',
      'The <https://x.example/p|a¦b&gt;c> page',
    ],
    [
      'an address cannot smuggle a second link',
      'Go [here](https://x.example/a|<!channel>)',
      'Go <https://x.example/a%7C%3C!channel%3E|here>',
    ],
    ['a relative link is not a link', 'See [notes](./notes.md)', 'See [notes](./notes.md)'],
    ['text that is not Markdown is only escaped', 'Ping <!channel> & co', 'Ping &lt;!channel&gt; &amp; co'],
  ])('%s', (_, text, expected) => {
    expect(renderInlineMarkdown(text)).toBe(expected);
  });
});

describe('an item with links, code and a detail in its phase message', () => {
  const template = ZTemplate.parse({
    name: 'links',
    title: 'Links',
    phases: [
      {
        key: 'day',
        title: 'Deployment day',
        kind: 'day',
        items: [
          {
            key: 'rollout',
            text: 'Run `kubectl rollout status deploy/api` and follow the [runbook](https://wiki.example.com/rollout)',
            detail:
              'Watch the [dashboard](https://grafana.example.com/d/api) for 10 minutes; `kubectl get hpa` shows scaling.',
          },
          { key: 'long', text: 'Long detail', detail: `${'[x](https://example.com/a) & '.repeat(40)}`.slice(0, 1000) },
        ],
      },
    ],
  });
  const [message] = renderPhaseMessages(buildDeployment({ template }), template.phases[0] as never);

  it('shows the link as a Slack link and the code as code, with the detail under the text', () => {
    const block = message?.blocks.find((b) => 'block_id' in b && b.block_id === 'item:rollout') as {
      text: { text: string };
    };
    expect(block.text.text).toBe(
      ':white_large_square: Run `kubectl rollout status deploy/api` and follow the <https://wiki.example.com/rollout|runbook>\n' +
        '\u2003Watch the <https://grafana.example.com/d/api|dashboard> for 10 minutes; `kubectl get hpa` shows scaling.',
    );
  });

  it('stays within Slack limits with a long detail', () => {
    expect(checkSlackPayload('message', message)).toEqual([]);
    const block = message?.blocks.find((b) => 'block_id' in b && b.block_id === 'item:long') as {
      text: { text: string };
    };
    expect(block.text.text.length).toBeLessThanOrEqual(3000);
    expect(block.text.text).toContain('…');
  });
});
