import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwnToPlain } from '../../../src/domain/render/mrkdwn.ts';

describe('mrkdwn shown as plain text (modal errors, pipeline logs, reports)', () => {
  it('keeps the words and drops the markup', () => {
    expect(mrkdwnToPlain('*Sign-off stale:* <@U1> `x` <https://a.example/b|the run> &lt;b&gt; &amp;')).toBe(
      'Sign-off stale: @U1 x the run (https://a.example/b) <b> &',
    );
  });

  it('keeps underscores and asterisks that are part of a name, not emphasis', () => {
    expect(mrkdwnToPlain('Only the owner of *payments_api* (<@U0_OWNER>) can cancel it.')).toBe(
      'Only the owner of payments_api (@U0_OWNER) can cancel it.',
    );
    expect(mrkdwnToPlain('snake_case_name and 2*3*4 stay as they are')).toBe(
      'snake_case_name and 2*3*4 stay as they are',
    );
  });

  it('writes channels, broadcasts, dates and bare links as a reader would see them', () => {
    expect(
      mrkdwnToPlain(
        '<#C0DEPLOY|deploys> <!here> <!date^1764500000^{date_short}|2025-11-30 10:53 UTC> <https://x.example>',
      ),
    ).toBe('#deploys @here 2025-11-30 10:53 UTC https://x.example');
  });

  it('never turns escaped text someone typed back into markup before decoding it', () => {
    const typed = 'reason: <!channel> *now*';
    expect(mrkdwnToPlain(`Rejected: ${escapeMrkdwn(typed)}`)).toBe('Rejected: reason: <!channel> now');
  });

  it('stays cheap on long hostile input', () => {
    const hostile = `${'*_'.repeat(200_000)}x`;
    expect(mrkdwnToPlain(hostile).length).toBeLessThanOrEqual(4000);
  });
});
