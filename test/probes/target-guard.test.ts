import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTargetGuard, refusedRange, TargetRefusedError } from '../../src/probes/target-guard.ts';
import { probeOnce } from '../support/probe-harness.ts';
import { fakeLookup, reply, routes, startHttpServer, type TestServer } from '../support/probe-servers.ts';

const HINT = 'set PROBE_ALLOW_PRIVATE=true or add the host to PROBE_ALLOWED_HOSTS';
const STRICT = { allowPrivate: false, allowedHosts: [] };

describe('refusedRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT (CGNAT)'],
    ['fd00::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['64:ff9b::a00:1', 'private'],
    // Every IPv6 spelling of a refused IPv4 address is refused as that address.
    ['::7f00:1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['::a00:1', 'private'],
    ['::a9fe:a9fe', 'cloud metadata'],
    ['::ffff:0:7f00:1', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'cloud metadata'],
    ['64:ff9b:1::a00:1', 'private'],
    ['2002:7f00:1::1', 'loopback'],
    ['2002:a9fe:a9fe::1', 'cloud metadata'],
    ['2002:c0a8:101::', 'private'],
    ['2002:5db8:d822::1', 'reserved (6to4)'],
    ['64:ff9b::5db8:d822', undefined],
    ['93.184.216.34', undefined],
    ['2606:4700::1111', undefined],
  ])('%s → %s', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });
});

describe('target guard', () => {
  it('refuses a name resolving to a private address and says how to allow it', async () => {
    const guard = createTargetGuard({ ...STRICT, lookup: fakeLookup({ 'db.internal.test': ['10.0.0.5'] }) });
    await expect(guard.check('db.internal.test')).rejects.toThrow(
      `refused to probe db.internal.test (10.0.0.5): a private address; to allow it, ${HINT}`,
    );
  });

  it('refuses when any one of several answers is private', async () => {
    const lookup = fakeLookup({ 'mixed.test': ['93.184.216.34', '192.168.0.10'] });
    await expect(createTargetGuard({ ...STRICT, lookup }).check('mixed.test')).rejects.toBeInstanceOf(
      TargetRefusedError,
    );
  });

  it('checks an IP literal without a lookup', async () => {
    const lookup = fakeLookup({});
    await expect(createTargetGuard({ ...STRICT, lookup }).check('[::1]')).rejects.toThrow('a loopback address');
    expect(lookup.calls).toEqual([]);
  });

  it.each([
    { case: 'PROBE_ALLOW_PRIVATE', allowPrivate: true, allowedHosts: [], host: 'app.test', ok: true },
    { case: 'PROBE_ALLOWED_HOSTS', allowPrivate: false, allowedHosts: ['APP.test'], host: 'app.test', ok: true },
    { case: 'another host listed', allowPrivate: false, allowedHosts: ['other.test'], host: 'app.test', ok: false },
  ])('allows a private address with $case: $ok', async ({ allowPrivate, allowedHosts, host, ok }) => {
    const guard = createTargetGuard({ allowPrivate, allowedHosts, lookup: fakeLookup({ 'app.test': ['10.0.0.5'] }) });
    const check = guard.check(host);
    if (ok) await expect(check).resolves.toEqual({ host: 'app.test', address: '10.0.0.5', family: 4 });
    else await expect(check).rejects.toThrow(HINT);
  });

  it('judges each lookup on its own: a name that turns private on the next answer is refused then', async () => {
    const lookup = fakeLookup({ 'flip.test': [['93.184.216.34'], ['10.0.0.5']] });
    const guard = createTargetGuard({ ...STRICT, lookup });
    await expect(guard.check('flip.test')).resolves.toMatchObject({ address: '93.184.216.34' });
    await expect(guard.check('flip.test')).rejects.toThrow('a private address');
  });

  it('refuses the IPv4-compatible IPv6 form of loopback as a URL spells it ([::127.0.0.1] is ::7f00:1)', async () => {
    const host = new URL('http://[::127.0.0.1]:8080/').hostname;
    const guard = createTargetGuard({ ...STRICT, lookup: fakeLookup({}) });
    await expect(guard.check(host)).rejects.toThrow(
      `refused to probe ::7f00:1: a loopback address; to allow it, ${HINT}`,
    );
  });

  it.each([
    'metadata.google.internal',
    'METADATA.google.internal.',
    'metadata',
    'metadata.azure.com',
    'instance-data.ec2.internal',
    'computemetadata.metadata.google.internal',
  ])('refuses the metadata host name %s before any lookup, even with PROBE_ALLOW_PRIVATE=true', async (host) => {
    const lookup = fakeLookup({ [host.toLowerCase().replace(/\.$/, '')]: ['93.184.216.34'] });
    const guard = createTargetGuard({ allowPrivate: true, allowedHosts: [], lookup });
    await expect(guard.check(host)).rejects.toThrow(
      'is a cloud metadata host name; probes never go there unless the host is listed in PROBE_ALLOWED_HOSTS',
    );
    expect(lookup.calls).toEqual([]);
  });

  it('lets a metadata host name through when the operator lists it, and judges its addresses like any other', async () => {
    const lookup = fakeLookup({ 'metadata.azure.com': ['93.184.216.34'] });
    const guard = createTargetGuard({ allowPrivate: false, allowedHosts: ['metadata.azure.com'], lookup });
    await expect(guard.check('metadata.azure.com')).resolves.toMatchObject({ address: '93.184.216.34' });
  });

  it('does not mistake a name that merely contains "metadata" for a metadata host', async () => {
    const lookup = fakeLookup({
      'metadata.example.com': ['93.184.216.34'],
      'mymetadata.goog.example': ['93.184.216.34'],
    });
    const guard = createTargetGuard({ ...STRICT, lookup });
    await expect(guard.check('metadata.example.com')).resolves.toMatchObject({ address: '93.184.216.34' });
    await expect(guard.check('mymetadata.goog.example')).resolves.toMatchObject({ address: '93.184.216.34' });
  });

  it('keeps cloud metadata refused even with PROBE_ALLOW_PRIVATE=true', async () => {
    const lookup = fakeLookup({ 'imds.cloud.test': ['169.254.169.254'] });
    const guard = createTargetGuard({ allowPrivate: true, allowedHosts: [], lookup });
    await expect(guard.check('imds.cloud.test')).rejects.toThrow(
      'imds.cloud.test (169.254.169.254) is a cloud metadata address; probes never go there unless the host is listed in PROBE_ALLOWED_HOSTS',
    );
  });
});

describe('guarded probes', () => {
  let good: TestServer;
  let rebound: TestServer;
  let redirector: TestServer;

  beforeAll(async () => {
    good = await startHttpServer(reply(200, { 'content-type': 'text/plain' }, 'checked address'));
    // Same port on another loopback address: where a second lookup of the name would lead.
    rebound = await startHttpServer(reply(500, {}, 'rebound address'), { host: '127.0.0.2', port: good.port });
    redirector = await startHttpServer(
      routes({
        '/metadata': reply(302, { location: 'http://169.254.169.254/latest/meta-data/' }),
        '/internal': reply(302, { location: `http://internal.test:${good.port}/` }),
      }),
    );
  });
  afterAll(() => Promise.all([good.close(), rebound.close(), redirector.close()]));

  it('reports a refused target as inconclusive, with the way to allow it, without connecting', async () => {
    const lookup = fakeLookup({ 'app.test': ['127.0.0.1'] });
    const result = await probeOnce('http', `http://app.test:${good.port}/`, {}, { settings: STRICT, lookup });
    expect(result.outcome).toBe('inconclusive');
    expect(result.summary).toBe(
      `inconclusive: refused to probe app.test (127.0.0.1): a loopback address; to allow it, ${HINT}`,
    );
    expect(good.requests).toEqual([]);
  });

  it('connects to the address it checked even when the name answers differently the next time (DNS rebinding)', async () => {
    const lookup = fakeLookup({ 'rebind.test': [['127.0.0.1'], ['127.0.0.2']] });
    const result = await probeOnce(
      'http',
      `http://rebind.test:${good.port}/`,
      { samples: 3, expectBody: {} },
      { settings: { allowPrivate: false, allowedHosts: ['rebind.test'] }, lookup },
    );
    expect(result.outcome).toBe('pass');
    expect(result.evidence).toMatchObject({ address: '127.0.0.1', body: 'checked address' });
    // One lookup, by the guard; the four requests (warm-up and samples) all went to the address it checked.
    expect(lookup.calls).toEqual(['rebind.test']);
    expect(good.requests).toHaveLength(4);
    expect(rebound.requests).toEqual([]);
  });

  it('re-checks every redirect hop: a redirect to the metadata address is refused', async () => {
    const result = await probeOnce('http', `${redirector.origin}/metadata`);
    expect(result.outcome).toBe('inconclusive');
    expect(result.error).toBe(
      '169.254.169.254 is a cloud metadata address; probes never go there unless the host is listed in PROBE_ALLOWED_HOSTS',
    );
  });

  it('re-checks every redirect hop: a redirect to a private name not allowed is refused', async () => {
    const lookup = fakeLookup({ 'internal.test': ['10.0.0.9'] });
    const result = await probeOnce(
      'http',
      `${redirector.origin}/internal`,
      {},
      {
        settings: { allowPrivate: false, allowedHosts: ['127.0.0.1'] },
        lookup,
      },
    );
    expect(result.error).toBe(`refused to probe internal.test (10.0.0.9): a private address; to allow it, ${HINT}`);
    expect(lookup.calls).toEqual(['internal.test']);
  });
});
