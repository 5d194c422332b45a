import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../src/logger.ts';

describe('redact', () => {
  it.each([
    ['a bot token', 'token xoxb-1234-5678-abcdef used', 'token [redacted] used'],
    ['an app-level token', 'xapp-1-A0TEST-42-ffff', '[redacted]'],
    ['a signing secret', 'signing_secret=8f14e45fceea167a', 'signing_secret=[redacted]'],
    [
      'a database URL with a password',
      'connect postgresql://app:s3cret@db.internal:5432/deploys failed',
      'connect postgresql://[redacted]@db.internal:5432/deploys failed',
    ],
    ['a user name alone', 'https://deploy-bot@git.example.com/repo', 'https://[redacted]@git.example.com/repo'],
    ['a password with an @', 'https://ops:p@ss@grafana.internal/d/42', 'https://[redacted]@grafana.internal/d/42'],
    [
      'a password with a quote, as JSON escapes it',
      '{"url":"https://ops:pa\\"ss@host/x"}',
      '{"url":"https://[redacted]@host/x"}',
    ],
    ['an @ in the path', 'https://example.com/users/@alice', 'https://example.com/users/@alice'],
    ['an @ in the query', 'https://example.com/?mail=a@b.c', 'https://example.com/?mail=a@b.c'],
    ['an e-mail address', 'mail alice@example.com', 'mail alice@example.com'],
    [
      'two URLs, one with credentials',
      'https://a.example https://u:p@b.example',
      'https://a.example https://[redacted]@b.example',
    ],
  ])('%s', (_name, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('redacts the secrets it is given, wherever they appear', () => {
    expect(redact('secret is plainword1 here', ['plainword1'])).toBe('secret is [redacted] here');
  });
});

describe('createLogger', () => {
  it('writes one JSON line per entry at its level and above, redacted as a whole', () => {
    const lines: string[] = [];
    const logger = createLogger('info', {
      write: (line) => lines.push(line),
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    logger.warn('could not connect', {
      correlationId: 'c0ffee',
      url: 'postgresql://app:s3cret@db:5432/x',
      token: 'xoxb-1-2-3',
    });
    logger.debug('below the level');
    logger.info('plain');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        time: '2026-11-22T10:00:00.000Z',
        level: 'warn',
        message: 'could not connect',
        correlationId: 'c0ffee',
        url: 'postgresql://[redacted]@db:5432/x',
        token: '[redacted]',
      },
      { time: '2026-11-22T10:00:00.000Z', level: 'info', message: 'plain' },
    ]);
  });
});
