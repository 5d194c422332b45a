import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { parseGithubEnvironments, unknownTemplates } from '../../src/domain/github-environments.ts';

const BASE = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'signing-secret-123',
  DATABASE_URL: 'file::memory:',
};

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

function file(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'github-config-'));
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

const GOOD_MAPPING = `repositories:
  acme/payments:
    environments:
      production:
        service: payments-api
        channel: C0123ABCD
        owner: release@example.com
`;

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...BASE, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the GitHub App settings', () => {
  it('are off unless configured', () => {
    expect(loadConfig(BASE).github).toBeUndefined();
  });

  it('read the key from a file, default to api.github.com and load the mapping', () => {
    const config = loadConfig({
      ...BASE,
      GITHUB_APP_ID: '12345',
      GITHUB_APP_PRIVATE_KEY_FILE: file('app.pem', privateKey),
      GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length',
      GITHUB_ENVIRONMENTS_FILE: file('map.yaml', GOOD_MAPPING),
    });
    expect(config.github).toMatchObject({ appId: '12345', apiUrl: 'https://api.github.com', privateKey });
    expect(config.github?.environments.repositories['acme/payments']?.environments.production).toMatchObject({
      service: 'payments-api',
      template: 'web-service',
    });
  });

  it('take a key whose line breaks were written as \\n (a .env file)', () => {
    const config = loadConfig({
      ...BASE,
      GITHUB_APP_ID: '12345',
      GITHUB_APP_PRIVATE_KEY: privateKey.trim().split('\n').join('\\n'),
      GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length',
      GITHUB_ENVIRONMENTS_FILE: file('map.yaml', GOOD_MAPPING),
    });
    expect(config.github?.privateKey).toBe(privateKey.trim());
  });

  it('refuse half an app, naming what is missing', () => {
    const problems = problemsOf({ GITHUB_APP_ID: '12345', GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length' });
    expect(problems).toEqual([
      expect.stringMatching(/^GITHUB_APP_PRIVATE_KEY \(or GITHUB_APP_PRIVATE_KEY_FILE\) is missing/),
      expect.stringMatching(/^GITHUB_ENVIRONMENTS_FILE is missing/),
    ]);
  });

  it('refuse a key file that cannot be read, with its path', () => {
    const problems = problemsOf({
      GITHUB_APP_ID: '12345',
      GITHUB_APP_PRIVATE_KEY_FILE: '/nonexistent/app.pem',
      GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length',
      GITHUB_ENVIRONMENTS_FILE: file('map.yaml', GOOD_MAPPING),
    });
    expect(problems).toEqual(['GITHUB_APP_PRIVATE_KEY_FILE cannot be read (ENOENT): /nonexistent/app.pem']);
  });

  it('refuse a mapping file with mistakes, each with its line and column', () => {
    const mapping = file(
      'map.yaml',
      `repositories:
  acme/payments:
    environments:
      production:
        service: payments-api
        channel: general
        owner: release@example.com
        templte: web-service
  not-a-repository:
    environments: {}
`,
    );
    const problems = problemsOf({
      GITHUB_APP_ID: '12345',
      GITHUB_APP_PRIVATE_KEY: privateKey,
      GITHUB_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length',
      GITHUB_ENVIRONMENTS_FILE: mapping,
    });
    expect(problems).toEqual([
      `GITHUB_ENVIRONMENTS_FILE ${mapping}:5:9: repositories.acme/payments.environments.production: unknown key "templte": remove or correct it`,
      `GITHUB_ENVIRONMENTS_FILE ${mapping}:6:18: repositories.acme/payments.environments.production.channel: must be a Slack channel id such as C0123ABCD`,
      `GITHUB_ENVIRONMENTS_FILE ${mapping}:10:5: repositories.not-a-repository: must be owner/name, such as acme/payments`,
    ]);
  });

  it('name the environments whose template is not loaded (logged at startup)', () => {
    const parsed = parseGithubEnvironments(`${GOOD_MAPPING}      staging:
        service: payments-api
        channel: C0123ABCD
        template: missing-one
        owner: U0RELEASE
`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(unknownTemplates(parsed.mapping, new Set(['web-service']))).toEqual([
      'acme/payments staging: no template called missing-one',
    ]);
  });
});
