import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactCredentials } from '../../src/domain/redact-credentials.ts';

// The URL rule as a regular expression: the reference the scan is checked against. It is right, but quadratic on a
// long word (every start position tries a scheme of unbounded length), which is why the bot no longer uses it.
const REFERENCE_URL_RULE = /([a-z][a-z0-9+.-]*:\/\/)(?:[^\s/?#"\\]|\\.)+@/gi;

describe('redactCredentials', () => {
  it.each([
    ['a bot token', 'token xoxb-1234-5678-abcdef used', 'token [redacted] used'],
    ['an app-level token', 'xapp-1-A0TEST-42-ffff', '[redacted]'],
    ['a signing secret', 'signing_secret=8f14e45fceea167a', 'signing_secret=[redacted]'],
    ['a database URL', 'postgresql://app:s3cret@db:5432/x', 'postgresql://[redacted]@db:5432/x'],
    ['a password with an @', 'https://ops:p@ss@grafana.internal/d/42', 'https://[redacted]@grafana.internal/d/42'],
    ['a JSON-escaped quote', '{"u":"https://o:pa\\"ss@h/x"}', '{"u":"https://[redacted]@h/x"}'],
    ['an escaped @ is not the end', 'https://a\\@b/x', 'https://a\\@b/x'],
    ['an @ in the path', 'https://example.com/users/@alice', 'https://example.com/users/@alice'],
    ['an e-mail address', 'mail alice@example.com', 'mail alice@example.com'],
    ['no scheme before ://', '1://u:p@h', '1://u:p@h'],
    ['a scheme after digits', 'x9https://u:p@h', 'x9https://[redacted]@h'],
    ['two in a row', 'https://u:p@a.test ftp://v:q@b.test', 'https://[redacted]@a.test ftp://[redacted]@b.test'],
    ['a host running into a scheme', 'https://u:p@hftp://v:q@b', 'https://[redacted]@hftp://[redacted]@b'],
    [
      'a note pasted in Slack',
      'rollback via https://deploy:hunter2@ci.example.com/job/7 now',
      'rollback via https://[redacted]@ci.example.com/job/7 now',
    ],
    ['unicode around it', 'été https://ü:ß@höst ✓', 'été https://[redacted]@höst ✓'],
    ['a non-breaking space ends it', 'https://u\u00a0x@h', 'https://u\u00a0x@h'],
  ])('%s', (_name, text, expected) => {
    expect(redactCredentials(text)).toBe(expected);
  });

  it('redacts URL credentials exactly as the regular expression did, on any short text', () => {
    const alphabet = fc.constantFrom(...'ab1+.-:/@\\"? #\n\u00a0é'.split(''), '://', 'http', '\\"');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          expect(redactCredentials(text)).toBe(text.replace(REFERENCE_URL_RULE, '$1[redacted]@'));
        },
      ),
      { seed: 20261130, numRuns: 3000 },
    );
  });

  // A 1 MB field used to cost minutes (quadratic: 100 KB took 10–15 s); linear, each of these is milliseconds. The
  // test's timeout is the bound: generous for a busy machine, far below what the quadratic rule would need.
  it.each([
    ['one long word', 'a'.repeat(1_000_000)],
    ['a long scheme-like run', 'a.b-c+'.repeat(170_000)],
    ['many schemes', 'a://'.repeat(250_000)],
    ['user-info with no @', `https://${'u:p'.repeat(340_000)}`],
    ['many @ after one scheme', `https://${'@'.repeat(1_000_000)}`],
    ['escapes', `https://${'\\"'.repeat(500_000)}`],
  ])('stays linear on a 1 MB field: %s', { timeout: 5_000 }, (_name, field) => {
    const text = JSON.stringify({ user: { id: field } });
    const out = redactCredentials(text);
    expect(out.length).toBeLessThanOrEqual(text.length);
    expect(out.startsWith('{"user":{"id":"')).toBe(true);
  });
});
