import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../../src/domain/apply-event.ts';
import { personText } from '../../../src/domain/render/mrkdwn.ts';
import { renderNotice } from '../../../src/domain/render/render-notice.ts';
import { renderSummaryCard } from '../../../src/domain/render/render-summary-card.ts';
import { approval, buildDeployment, done, T0 } from '../../support/deployment-builder.ts';

const PASSWORD = 'hunter2-s3cret';
const NOTE = `checked on https://deploy:${PASSWORD}@ci.example.com/job/7 <!channel>`;

/** Everything a reader of a message sees: its fallback text and its blocks. */
const shown = (payload: { text: string; blocks: unknown[] }) => `${payload.text}\n${JSON.stringify(payload.blocks)}`;

describe('what the bot posts of a note redacts credentials, as the logs do', () => {
  it('shows a note with the URL kept and its credentials redacted, mrkdwn escaped', () => {
    expect(personText(NOTE)).toBe('checked on https://[redacted]@ci.example.com/job/7 &lt;!channel&gt;');
  });

  it('redacts before cutting, so a cut never leaves part of a password', () => {
    const cut = personText(`${'x'.repeat(20)} https://ops:${PASSWORD}@host/path`, 40);
    expect(cut).not.toContain('hunter');
    expect(cut).not.toContain('ops:');
  });

  it.each([
    [
      'a verification note',
      {
        verifications: [
          {
            id: 'v1',
            roleKey: 'lead',
            userId: 'ULEAD',
            issues: 'none' as const,
            status: 'monitoring' as const,
            note: NOTE,
            at: T0,
          },
        ],
        goLiveAt: T0,
        status: 'verifying' as const,
      },
    ],
    ['a rejection reason', { signOffs: [approval('lead', 'ULEAD', { decision: 'reject', reason: NOTE })] }],
    ['a go-live override', { goLiveAt: T0, goLiveOverride: NOTE, status: 'deployed' as const }],
    ['a rollback reason', { goLiveAt: T0, rollbackReason: NOTE, status: 'rolling-back' as const }],
    ['a service URL', { endpoints: { url: `https://deploy:${PASSWORD}@api.example.com` } }],
  ])('on the card: %s', (_name, overrides) => {
    const card = shown(renderSummaryCard(buildDeployment(overrides)));
    expect(card).not.toContain(PASSWORD);
    expect(card).toContain('https://[redacted]@');
  });

  it('in the thread: the message of an approval with a note', () => {
    const result = applyEvent(
      buildDeployment({ items: done('tests', 'tls') }),
      { type: 'sign-off', actor: 'ULEAD', id: 's1', roleKey: 'lead', decision: 'approve', note: NOTE },
      T0,
    );
    if (!result.ok) throw new Error(result.code);
    expect(result.notices.map(renderNotice).join('\n')).toContain('https://[redacted]@ci.example.com/job/7');
    expect(result.notices.map(renderNotice).join('\n')).not.toContain(PASSWORD);
  });

  it('in the thread: the message of a rejection', () => {
    const result = applyEvent(
      buildDeployment(),
      { type: 'sign-off', actor: 'ULEAD', id: 's2', roleKey: 'lead', decision: 'reject', reason: NOTE },
      T0,
    );
    if (!result.ok) throw new Error(result.code);
    expect(result.notices.map(renderNotice).join('\n')).not.toContain(PASSWORD);
  });
});
