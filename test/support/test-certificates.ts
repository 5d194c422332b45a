import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A key and certificate in PEM, ready for `https.createServer`. */
export type KeyPair = { key: string; cert: string };

export type IssueOptions = {
  /** `localhost`, `127.0.0.1`… become DNS or IP subject alternative names; the first is also the CN. */
  names: string[];
  /** `-1` for a certificate that expired a day ago (openssl 3.0 goes back no further; self-signed ones must be positive). */
  days: number;
  /** A CA certificate rather than a server one. */
  ca?: boolean;
};

export type CertificateAuthority = KeyPair & {
  /** A server certificate signed by this authority. */
  issue: (options: IssueOptions) => KeyPair;
  /** An intermediate CA signed by this authority. */
  issueCa: (options: IssueOptions) => CertificateAuthority;
};

/**
 * Certificates made with openssl in a temporary folder for tests and benchmarks: a root CA that issues server
 * certificates (valid, expiring, expired, misnamed) and intermediates, and self-signed ones. EC P-256 keeps each
 * certificate to a few milliseconds.
 */
export type TestPki = {
  /** The temporary folder, for files a test writes beside the certificates (a CA bundle). */
  dir: string;
  root: CertificateAuthority;
  selfSigned: (options: IssueOptions) => KeyPair;
  cleanup: () => void;
};

export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-checklist-pki-'));
  let serial = 1;
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

  const newKey = (name: string): string => {
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file(name));
    return readFileSync(file(name), 'utf8');
  };

  const extensions = (options: IssueOptions): string[] => {
    const sans = options.names.map((name) => (/^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
    return options.ca
      ? ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign']
      : [`subjectAltName=${sans}`, 'basicConstraints=CA:FALSE', 'extendedKeyUsage=serverAuth'];
  };

  const signWith = (issuer: KeyPair, name: string, options: IssueOptions): KeyPair => {
    const id = `cert-${serial++}`;
    const key = newKey(`${id}.key`);
    writeFileSync(file(`${name}.key`), issuer.key);
    writeFileSync(file(`${name}.crt`), issuer.cert);
    writeFileSync(file(`${id}.ext`), `${extensions(options).join('\n')}\n`);
    openssl('req', '-new', '-key', file(`${id}.key`), '-subj', `/CN=${options.names[0]}`, '-out', file(`${id}.csr`));
    const ca = ['-CA', file(`${name}.crt`), '-CAkey', file(`${name}.key`), '-set_serial', String(serial++)];
    const validity = ['-days', String(options.days), '-extfile', file(`${id}.ext`)];
    openssl('x509', '-req', '-in', file(`${id}.csr`), ...ca, ...validity, '-out', file(`${id}.crt`));
    return { key, cert: readFileSync(file(`${id}.crt`), 'utf8') };
  };

  const authority = (pair: KeyPair, name: string): CertificateAuthority => ({
    ...pair,
    issue: (options) => signWith(pair, name, { ...options, ca: false }),
    issueCa: (options) => authority(signWith(pair, name, { ...options, ca: true }), `ca-${serial++}`),
  });

  const selfSigned = (options: IssueOptions): KeyPair => {
    const id = `cert-${serial++}`;
    const key = newKey(`${id}.key`);
    const addext = extensions(options).flatMap((extension) => ['-addext', extension]);
    openssl(
      'req',
      '-x509',
      '-key',
      file(`${id}.key`),
      '-subj',
      `/CN=${options.names[0]}`,
      '-days',
      String(options.days),
      ...addext,
      '-out',
      file(`${id}.crt`),
    );
    return { key, cert: readFileSync(file(`${id}.crt`), 'utf8') };
  };

  const root = authority(selfSigned({ names: ['Deploy Checklist Test Root'], days: 365, ca: true }), 'root');
  return { dir, root, selfSigned, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
