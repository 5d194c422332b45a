import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { closedPort, fakeLookup, reply, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const lookup = fakeLookup({
  'api.example.com': ['93.184.216.34', '2606:2800:220:1::1'],
  'gone.example.com': 'ENOTFOUND',
  'flaky.example.com': 'EAI_AGAIN',
});

describe('dns probe', () => {
  it('passes a name that resolves to the expected addresses', async () => {
    const result = await probeOnce(
      'dns',
      'https://api.example.com/health',
      { expectAddresses: ['2606:2800:220:1:0::1'] },
      { lookup },
    );
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([
      'dns.answers (93.184.216.34, 2606:2800:220:1::1) >= one address',
      'dns.answers (93.184.216.34, 2606:2800:220:1::1) include 2606:2800:220:1:0::1',
    ]);
  });

  it.each([
    {
      case: 'an unexpected address',
      target: 'api.example.com',
      options: { expectAddresses: ['203.0.113.7'] },
      failures: ['dns.answers (93.184.216.34, 2606:2800:220:1::1) include 203.0.113.7'],
    },
    {
      case: 'no address of the family',
      target: 'api.example.com',
      options: { family: 4, expectAddresses: ['2606:2800:220:1::1'] },
      failures: ['dns.answers (93.184.216.34) include 2606:2800:220:1::1'],
    },
    {
      case: 'a name that does not exist',
      target: 'gone.example.com:443',
      options: {},
      failures: ['dns.answers (none) >= one address'],
    },
  ])('fails $case', async ({ target, options, failures }) => {
    const result = await probeOnce('dns', target, options, { lookup });
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toEqual(failures);
  });

  it('is inconclusive when our resolver fails, after one retry', async () => {
    const result = await probeOnce('dns', 'flaky.example.com', {}, { lookup });
    expect(result.outcome).toBe('inconclusive');
    expect(result.error).toBe('DNS: temporary failure (EAI_AGAIN)');
  });
});

describe('tcp probe', () => {
  let open: TestServer;
  let closed: number;
  beforeAll(async () => {
    open = await startHttpServer(reply(200));
    closed = await closedPort();
  });
  afterAll(() => open.close());

  it.each([
    { expect: 'open', port: () => open.port, outcome: 'pass', observed: 'open' },
    { expect: 'open', port: () => closed, outcome: 'fail', observed: 'refused' },
    { expect: 'closed', port: () => closed, outcome: 'pass', observed: 'refused' },
    { expect: 'closed', port: () => open.port, outcome: 'fail', observed: 'open' },
  ])('expecting $expect, a port that is $observed: $outcome', async ({ expect: wanted, port, outcome, observed }) => {
    const result = await probeOnce('tcp', `127.0.0.1:${port()}`, { expect: wanted });
    expect(result.outcome).toBe(outcome);
    expect(conditionTexts(result)).toEqual([`tcp 127.0.0.1:${port()} (${observed}) == ${wanted}`]);
  });

  it('asks the guard before connecting: a database name resolving to a private address is refused', async () => {
    const result = await probeOnce(
      'tcp',
      'db.example.com:5432',
      { expect: 'closed' },
      {
        settings: { allowPrivate: false },
        lookup: fakeLookup({ 'db.example.com': ['10.0.3.4'] }),
      },
    );
    expect(result.outcome).toBe('inconclusive');
    expect(result.error).toMatch(/^refused to probe db\.example\.com \(10\.0\.3\.4\): a private address/);
  });

  it('is inconclusive for a target without a port', async () => {
    const result = await probeOnce('tcp', 'db.example.com');
    expect(result.error).toBe('"db.example.com" has no port; write it as host:port');
  });
});
