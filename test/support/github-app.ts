import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHANNEL } from './bot-harness.ts';
import { type FakeGithub, githubSignature, startFakeGithub } from './fake-github.ts';

export const GITHUB_APP_ID = '424242';
export const GITHUB_WEBHOOK_SECRET = 'github-webhook-secret-for-tests';
export const GITHUB_OWNER = 'U0OWNER';
export const GITHUB_SHA = '4f1c2d3e4a5b6c7d8e9f00112233445566778899';
export const GITHUB_RUN = '9001';

/** The mapping file of the tests: production opens small-service, Staging opens signed-service. */
export const GITHUB_MAPPING = `# which checklist a GitHub run opens
people:
  octocat: octocat@example.com
repositories:
  acme/payments:
    environments:
      production:
        service: payments-api
        channel: ${CHANNEL}
        template: small-service
        owner: ${GITHUB_OWNER}
      Staging:
        service: payments-api
        environment: staging
        channel: ${CHANNEL}
        template: signed-service
        owner: nobody@example.com
`;

/**
 * A GitHub App for a test bot: a fresh RSA key pair (the fake GitHub verifies the app's JWT with its public half),
 * the fake GitHub, the mapping file, and the environment that configures the bot for them.
 */
export async function startGithubApp(
  fake: { tokenTtlMs?: number; reportLimit?: number } = {},
): Promise<{ github: FakeGithub; env: Record<string, string> }> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const github = await startFakeGithub({ appId: GITHUB_APP_ID, publicKey, ...fake });
  const mappingFile = path.join(mkdtempSync(path.join(tmpdir(), 'github-env-')), 'github-environments.yaml');
  writeFileSync(mappingFile, GITHUB_MAPPING);
  return {
    github,
    env: {
      GITHUB_APP_ID,
      GITHUB_APP_PRIVATE_KEY: privateKey,
      GITHUB_WEBHOOK_SECRET,
      GITHUB_API_URL: github.url,
      GITHUB_ENVIRONMENTS_FILE: mappingFile,
    },
  };
}

/** What GitHub delivers when a run reaches an environment guarded by the app's rule. */
export function protectionRuleDelivery(
  overrides: { repository?: string; environment?: string; runId?: string; sha?: string } = {},
) {
  const repository = overrides.repository ?? 'acme/payments';
  const runId = overrides.runId ?? GITHUB_RUN;
  const environment = overrides.environment ?? 'production';
  const sha = overrides.sha ?? GITHUB_SHA;
  return {
    action: 'requested',
    environment,
    event: 'push',
    ref: 'refs/heads/main',
    sha,
    deployment_callback_url: `https://api.github.com/repos/${repository}/actions/runs/${runId}/deployment_protection_rule`,
    deployment: { id: 1, sha, environment, creator: { login: 'octocat' } },
    repository: { full_name: repository, html_url: `https://github.com/${repository}` },
    installation: { id: 77 },
    sender: { login: 'octocat' },
  };
}

/** Sends a delivery to the bot's webhook as GitHub does, signed with the webhook secret unless told otherwise. */
export async function deliverToBot(
  port: number,
  payload: unknown,
  options: { event?: string; signature?: string | null } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const body = JSON.stringify(payload);
  const signature = options.signature === undefined ? githubSignature(GITHUB_WEBHOOK_SECRET, body) : options.signature;
  const response = await fetch(`http://127.0.0.1:${port}/github/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': options.event ?? 'deployment_protection_rule',
      'x-github-delivery': crypto.randomUUID(),
      ...(signature === null ? {} : { 'x-hub-signature-256': signature }),
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
