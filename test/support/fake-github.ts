import { createHmac, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call to the protection-rule endpoint, as GitHub took it. */
export type ProtectionRuleCall = {
  repository: string;
  runId: string;
  environmentName: string;
  state: 'approved' | 'rejected' | undefined;
  comment: string;
  installationId: string;
};

export type FakeGithub = {
  url: string;
  /** Every protection-rule call GitHub accepted, in order. */
  calls: ProtectionRuleCall[];
  /** Installation tokens issued (each after a valid app JWT). */
  tokensIssued: number;
  /** Requests refused: a bad JWT, a missing or expired token, over the report limit, a second answer. */
  refusals: Array<{ path: string; status: number; message: string }>;
  /** Answer 503 to the next `count` API calls (GitHub away). */
  failNext: (count: number) => void;
  /** A job re-run: the environment of the run waits for an answer again (the earlier one stays in `calls`). */
  requestAgain: (runId: string, environmentName: string) => void;
  /** Status reports of one run's environment. */
  reportsOf: (runId: string, environmentName: string) => ProtectionRuleCall[];
  /** The answer (approved or rejected) given to one run's environment, if any. */
  answersOf: (runId: string, environmentName: string) => ProtectionRuleCall[];
  close: () => Promise<void>;
};

/**
 * GitHub's side of custom deployment protection rules, on 127.0.0.1: the app's JWT is verified with its public key
 * (RS256, `iss` = app id, not expired, at most 10 minutes), installation tokens are issued with an expiry and
 * required on the protection-rule endpoint, status reports are limited to 10 per run environment (422 past it), and
 * an environment answered once answers 422 to a second approval or rejection, as GitHub does.
 */
export async function startFakeGithub(options: {
  appId: string;
  publicKey: string;
  /** How long an installation token lasts (GitHub: one hour). */
  tokenTtlMs?: number;
  /** Status reports taken per run environment (GitHub: 10). */
  reportLimit?: number;
}): Promise<FakeGithub> {
  const tokens = new Map<string, { installationId: string; expiresAt: number }>();
  /** Run environments ("runId/environment") whose pending request has its answer. */
  const answered = new Set<string>();
  let failing = 0;
  const fake: FakeGithub = {
    url: '',
    calls: [],
    tokensIssued: 0,
    refusals: [],
    requestAgain: (runId, env) => {
      answered.delete(`${runId}/${env}`);
    },
    failNext: (count) => {
      failing = count;
    },
    reportsOf: (runId, env) =>
      fake.calls.filter((c) => c.runId === runId && c.environmentName === env && c.state === undefined),
    answersOf: (runId, env) =>
      fake.calls.filter((c) => c.runId === runId && c.environmentName === env && c.state !== undefined),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, message: string) => {
    fake.refusals.push({ path: req.url ?? '', status, message });
    send(res, status, { message, documentation_url: 'https://docs.github.com/rest' });
  };

  /** Verifies an RS256 JWT as GitHub verifies the app's. */
  const validJwt = (jwt: string): boolean => {
    const [header, payload, signature] = jwt.split('.');
    if (!header || !payload || !signature) return false;
    const ok = verify(
      'RSA-SHA256',
      Buffer.from(`${header}.${payload}`),
      options.publicKey,
      Buffer.from(signature, 'base64url'),
    );
    if (!ok) return false;
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      iss?: unknown;
      iat?: number;
      exp?: number;
    };
    const now = Math.floor(Date.now() / 1000);
    return (
      head.alg === 'RS256' &&
      String(claims.iss) === options.appId &&
      typeof claims.exp === 'number' &&
      typeof claims.iat === 'number' &&
      claims.exp > now &&
      claims.iat <= now + 60 &&
      claims.exp - claims.iat <= 11 * 60
    );
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (failing > 0) {
      failing -= 1;
      send(res, 503, { message: 'Service Unavailable' });
      return;
    }
    const auth = req.headers.authorization ?? '';
    const tokenRoute = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
    if (req.method === 'POST' && tokenRoute) {
      const jwt = /^bearer (.+)$/i.exec(auth)?.[1];
      if (!jwt || !validJwt(jwt)) return refuse(req, res, 401, 'A JSON web token could not be decoded');
      const token = `ghs_${randomBytes(18).toString('hex')}`;
      const expiresAt = Date.now() + (options.tokenTtlMs ?? 3_600_000);
      tokens.set(token, { installationId: tokenRoute[1] as string, expiresAt });
      fake.tokensIssued += 1;
      return send(res, 201, {
        token,
        expires_at: new Date(expiresAt).toISOString(),
        permissions: { actions: 'read', deployments: 'write' },
        repository_selection: 'all',
      });
    }
    const ruleRoute = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(path);
    if (req.method === 'POST' && ruleRoute) {
      const token = /^token (.+)$/i.exec(auth)?.[1];
      const known = token ? tokens.get(token) : undefined;
      if (!known || known.expiresAt <= Date.now()) return refuse(req, res, 401, 'Bad credentials');
      let body: { environment_name?: unknown; state?: unknown; comment?: unknown };
      try {
        body = JSON.parse(text);
      } catch {
        return refuse(req, res, 400, 'Problems parsing JSON');
      }
      if (typeof body.environment_name !== 'string') return refuse(req, res, 422, 'environment_name is missing');
      if (body.state !== undefined && body.state !== 'approved' && body.state !== 'rejected')
        return refuse(req, res, 422, 'state is not approved or rejected');
      if (typeof body.comment === 'string' && body.comment.length > 1024)
        return refuse(req, res, 422, 'comment is too long (maximum is 1024 characters)');
      const call: ProtectionRuleCall = {
        repository: `${ruleRoute[1]}/${ruleRoute[2]}`,
        runId: ruleRoute[3] as string,
        environmentName: body.environment_name,
        state: body.state as ProtectionRuleCall['state'],
        comment: typeof body.comment === 'string' ? body.comment : '',
        installationId: known.installationId,
      };
      const key = `${call.runId}/${call.environmentName}`;
      if (call.state && answered.has(key))
        return refuse(req, res, 422, 'No pending deployment requests to approve or reject');
      if (call.state) answered.add(key);
      if (!call.state && fake.reportsOf(call.runId, call.environmentName).length >= (options.reportLimit ?? 10))
        return refuse(req, res, 422, 'Maximum number of deployment status reports reached');
      fake.calls.push(call);
      return send(res, 204);
    }
    send(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** `X-Hub-Signature-256` of a body, as GitHub signs its deliveries. */
export function githubSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
