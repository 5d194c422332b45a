import { createAppAuth } from '@octokit/auth-app';
import { request as githubRequest } from '@octokit/request';
import type { GithubRunAddress } from '../domain/github-gate.ts';

/** What the bot needs of the GitHub App: its id and private key, and the REST API (GitHub Enterprise Server, a fake). */
export type GithubAppSettings = { appId: string; privateKey: string; apiUrl: string };

/** Where a waiting run is answered. */

/**
 * The GitHub calls of the outbox: answers to a custom deployment protection rule, as the app's installation. A status
 * report has no `state`; approving or rejecting has one. Throws @octokit/request's RequestError (with the HTTP
 * status) when GitHub refuses.
 */
export type GithubClient = {
  reviewRun: (target: GithubRunAddress, answer: { state?: 'approved' | 'rejected'; comment: string }) => Promise<void>;
};

/** How long one call to GitHub may take. */
const GITHUB_CALL_TIMEOUT_MS = 15_000;

/** An installation token is used until this long before GitHub says it expires, then a new one is asked for. */
const TOKEN_MARGIN_MS = 5 * 60_000;

/**
 * @octokit/auth-app signs the app's RS256 JWT and exchanges it for installation tokens, cached here per installation
 * until shortly before they expire (its own cache keeps one for 59 minutes whatever GitHub said).
 */
export function createGithubClient(settings: GithubAppSettings, now: () => number = Date.now): GithubClient {
  const request = githubRequest.defaults({
    baseUrl: settings.apiUrl,
    headers: { 'user-agent': 'deploy-checklist', 'x-github-api-version': '2022-11-28' },
    // A GitHub that never answers must not hold the job (and its deployment's lane) for ever: the call fails and
    // the outbox retries it.
    request: {
      fetch: (url: string | URL, init?: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(GITHUB_CALL_TIMEOUT_MS) }),
    },
  });
  const tokens = new Map<string, string>();
  const auth = createAppAuth({
    appId: settings.appId,
    privateKey: settings.privateKey,
    request,
    cache: {
      // auth-app stores "token|createdAt|expiresAt|…" per installation.
      get: (key: string) => {
        const value = tokens.get(key);
        const expiresAt = value ? Date.parse(value.split('|')[2] ?? '') : Number.NaN;
        if (value && expiresAt - TOKEN_MARGIN_MS > now()) return value;
        tokens.delete(key);
        // auth-app treats an empty answer as "not cached" (its types say string only).
        return undefined as unknown as string;
      },
      set: (key: string, value: string) => {
        tokens.set(key, value);
      },
    },
  });
  return {
    reviewRun: async (target, answer) => {
      const { token } = await auth({ type: 'installation', installationId: target.installationId });
      const [owner, repo] = target.repository.split('/');
      await request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule', {
        owner: owner as string,
        repo: repo as string,
        run_id: Number(target.runId),
        environment_name: target.environmentName,
        ...(answer.state ? { state: answer.state } : {}),
        comment: answer.comment,
        headers: { authorization: `token ${token}` },
      });
    },
  };
}

/** The HTTP status GitHub answered with, if the error is its answer (not a network failure). */
export function githubStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 ? status : undefined;
}
