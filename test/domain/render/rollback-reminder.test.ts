import { describe, expect, it } from 'vitest';
import { renderRollbackReminder } from '../../../src/domain/render/render-check-in.ts';
import { buildDeployment } from '../../support/deployment-builder.ts';
import { checkSlackPayload } from '../../support/slack-limits.ts';

const GO_LIVE = new Date('2026-11-30T10:00:00Z');
const CLOSES = new Date('2026-11-30T12:00:00Z');

describe('the rollback reminder', () => {
  it.each([
    { final: false, says: 'the rollback window closes' },
    { final: true, says: 'the rollback window of' },
  ])('keeps the owner mention and the closing time in its notification text (final: $final)', ({ final, says }) => {
    const deployment = buildDeployment({ ownerId: 'U0OWNER', goLiveAt: GO_LIVE, status: 'verifying' });
    const message = renderRollbackReminder(deployment, { windowClosesAt: CLOSES, final, lateByMs: 0 }, GO_LIVE);
    // The notification (and screen readers) get the same words as the message: who is asked, and until when.
    expect(message.text).toContain('<@U0OWNER>');
    expect(message.text).toContain(says);
    expect(message.text).toContain(`<!date^${CLOSES.getTime() / 1000}^`);
    expect(message.text).not.toMatch(/closes \.|closed ;/);
    expect(checkSlackPayload('message', message)).toEqual([]);
  });
});
