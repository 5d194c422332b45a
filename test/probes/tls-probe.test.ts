import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionTexts, failing, probeOnce } from '../support/probe-harness.ts';
import { reply, startHttpsServer, type TestServer } from '../support/probe-servers.ts';
import { createTestPki, type KeyPair, type TestPki } from '../support/test-certificates.ts';

let pki: TestPki;
let caFile: string;
const servers: TestServer[] = [];

beforeAll(() => {
  pki = createTestPki();
  caFile = join(pki.dir, 'test-ca.pem');
  writeFileSync(caFile, pki.root.cert);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  pki.cleanup();
});

async function serve(pair: KeyPair, extra: Record<string, unknown> = {}): Promise<TestServer> {
  const server = await startHttpsServer(reply(200, {}, 'ok'), { ...pair, ...extra });
  servers.push(server);
  return server;
}

const LOCAL = ['localhost', '127.0.0.1'];

describe('tls probe', () => {
  it('passes a certificate from the configured CA, naming the host, valid for long, on TLS 1.3', async () => {
    const server = await serve(pki.root.issue({ names: LOCAL, days: 90 }));
    const result = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toEqual([
      'cert.chain (verified) == verified',
      'cert.names (DNS:localhost, IP Address:127.0.0.1) covers 127.0.0.1',
      expect.stringMatching(/^cert\.daysLeft \(8[89]\) >= 7$/),
      'tls.version (TLSv1.3) >= TLSv1.2',
    ]);
    expect(result.evidence).toMatchObject({ subject: 'localhost', issuer: 'Deploy Checklist Test Root' });
    expect(result.warnings).toBeUndefined();
  });

  it.each([
    { case: 'expiring in 5 days', days: 5, failure: /^cert\.daysLeft \([34]\) >= 7$/ },
    { case: 'expired a day ago', days: -1, failure: /^cert\.chain \(CERT_HAS_EXPIRED\) == verified$/ },
  ])('fails a certificate $case', async ({ days, failure }) => {
    const server = await serve(pki.root.issue({ names: LOCAL, days }));
    const result = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(result.outcome).toBe('fail');
    expect(failing(result)).toContainEqual(expect.stringMatching(failure));
  });

  it('counts an expired certificate as negative days left', async () => {
    const server = await serve(pki.root.issue({ names: LOCAL, days: -1 }));
    const result = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(failing(result)).toContain('cert.daysLeft (-1) >= 7');
  });

  it('passes with a warning inside the warning threshold, and fails it under minDaysLeft from the template', async () => {
    const server = await serve(pki.root.issue({ names: LOCAL, days: 15 }));
    const warned = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(warned.outcome).toBe('pass');
    expect(warned.warnings).toEqual(['certificate expires in 14 days (warning below 21)']);
    expect(warned.summary).toBe('certificate expires in 14 days (warning below 21)');
    const strict = await probeOnce('tls', server.origin, { minDaysLeft: 30 }, { settings: { caFile } });
    expect(failing(strict)).toEqual(['cert.daysLeft (14) >= 30']);
  });

  it('fails a certificate for another host name', async () => {
    const server = await serve(pki.root.issue({ names: ['wrong.example'], days: 90 }));
    const result = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(failing(result)).toEqual(['cert.names (DNS:wrong.example) covers 127.0.0.1']);
  });

  it('fails a self-signed certificate, even with a CA configured', async () => {
    const server = await serve(pki.selfSigned({ names: LOCAL, days: 90 }));
    const result = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(failing(result)).toEqual(['cert.chain (DEPTH_ZERO_SELF_SIGNED_CERT) == verified']);
  });

  it('fails a certificate from a CA that is not trusted (no CA configured)', async () => {
    const server = await serve(pki.root.issue({ names: LOCAL, days: 90 }));
    const result = await probeOnce('tls', server.origin);
    expect(failing(result)).toEqual(['cert.chain (UNABLE_TO_VERIFY_LEAF_SIGNATURE) == verified']);
  });

  it('bases expiry on the verified chain, not on an expired extra certificate the server also sends', async () => {
    const intermediate = pki.root.issueCa({ names: ['Test Intermediate'], days: 60 });
    const leaf = intermediate.issue({ names: LOCAL, days: 90 });
    const stray = pki.root.issueCa({ names: ['Old Cross Sign'], days: -1 });
    const server = await serve({ key: leaf.key, cert: `${leaf.cert}${intermediate.cert}${stray.cert}` });
    const result = await probeOnce('tls', server.origin, {}, { settings: { caFile } });
    expect(result.outcome).toBe('pass');
    // The intermediate expires first (60 days) and says so; the stray expired certificate is ignored.
    expect(conditionTexts(result)).toContainEqual(
      expect.stringMatching(/^cert\.daysLeft \(5[89] \(Test Intermediate\)\) >= 7$/),
    );
  });

  it('sends the host name as SNI and checks the certificate names against it', async () => {
    const sni: string[] = [];
    const server = await serve(pki.root.issue({ names: ['localhost'], days: 90 }), {
      SNICallback: (name: string, done: (error: Error | null) => void) => {
        sni.push(name);
        done(null);
      },
    });
    const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const result = await probeOnce('tls', `https://localhost:${server.port}/`, {}, { settings: { caFile }, lookup });
    expect(result.outcome).toBe('pass');
    expect(conditionTexts(result)).toContain('cert.names (DNS:localhost) covers localhost');
    expect(sni).toEqual(['localhost']);
  });

  it('fails a TLS version below the minimum', async () => {
    const server = await serve(pki.root.issue({ names: LOCAL, days: 90 }), { maxVersion: 'TLSv1.2' });
    const result = await probeOnce('tls', server.origin, { minVersion: 'TLSv1.3' }, { settings: { caFile } });
    expect(failing(result)).toEqual(['tls.version (TLSv1.2) >= TLSv1.3']);
  });
});
