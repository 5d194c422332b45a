import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { describeIssue, formatPath, locate, type TemplateIssue } from './template.ts';

/**
 * The mapping file (GITHUB_ENVIRONMENTS_FILE, docs/github.md): which checklist a GitHub Actions run opens when it
 * reaches a protected environment of a repository. Checked like a template: every problem with its line and column.
 */

const ZName = z.string().trim().min(1, 'must not be empty');

/** One repository's GitHub environment → the checklist it opens. */
const ZGithubEnvironment = z.strictObject({
  service: ZName,
  /** The checklist's environment name (defaults to the GitHub environment's). */
  environment: ZName.optional(),
  channel: z.string().regex(/^[CG][A-Z0-9]{2,}$/, 'must be a Slack channel id such as C0123ABCD'),
  template: ZName.default('web-service'),
  /** Who owns the deployment when the person who triggered the run has no Slack match: an email or a user id. */
  owner: z.union([
    z.email('must be an email or a Slack user id such as U0123ABCD'),
    z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'must be an email or a Slack user id such as U0123ABCD'),
  ]),
});

const ZRepositoryName = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name, such as acme/payments');

export const ZGithubEnvironments = z.strictObject({
  /** GitHub login → Slack email or user id, for people whose GitHub email is private. */
  people: z
    .record(
      z.string(),
      z.union([z.email(), z.string().regex(/^[UW][A-Z0-9]{2,}$/)], 'must be an email or a Slack user id'),
    )
    .default({}),
  repositories: z
    .record(ZRepositoryName, z.strictObject({ environments: z.record(z.string().min(1), ZGithubEnvironment) }))
    .refine((repositories) => Object.keys(repositories).length > 0, 'must name at least one repository'),
});

export type GithubEnvironments = z.infer<typeof ZGithubEnvironments>;
export type GithubEnvironmentTarget = {
  service: string;
  environment: string;
  channel: string;
  template: string;
  owner: string;
};

export type ParseGithubEnvironmentsResult =
  | { ok: true; mapping: GithubEnvironments }
  | { ok: false; issues: TemplateIssue[] };

/** Parses the mapping file's text; every problem comes back with its path, line and column. */
export function parseGithubEnvironments(text: string): ParseGithubEnvironmentsResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return { path: '', line: pos.line, column: pos.col, message: `YAML: ${error.message.split('\n')[0]}` };
      }),
    };
  const result = ZGithubEnvironments.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, mapping: result.data };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    // A bad record key (a repository not written owner/name) says why, not just "invalid key".
    const message = issue.code === 'invalid_key' && issue.issues[0] ? issue.issues[0].message : describeIssue(issue);
    return { path: formatPath(path), ...locate(doc, lineCounter, path), message };
  });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}

/**
 * The checklist a run of `repository` reaching `environmentName` opens, or undefined when the file does not name
 * them. Repository and environment names are compared without case, as GitHub does.
 */
export function githubTarget(
  mapping: GithubEnvironments,
  repository: string,
  environmentName: string,
): GithubEnvironmentTarget | undefined {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const repo = Object.entries(mapping.repositories).find(([name]) => same(name, repository))?.[1];
  const entry = repo && Object.entries(repo.environments).find(([name]) => same(name, environmentName))?.[1];
  if (!entry) return undefined;
  return {
    service: entry.service,
    environment: entry.environment ?? environmentName,
    channel: entry.channel,
    template: entry.template,
    owner: entry.owner,
  };
}

/** Who a GitHub login is in Slack, as the mapping file's `people` says (an email or a user id). */
export function slackPersonOf(mapping: GithubEnvironments, login: string | undefined): string | undefined {
  if (!login) return undefined;
  return Object.entries(mapping.people).find(([name]) => name.toLowerCase() === login.toLowerCase())?.[1];
}

/** The environments of the mapping whose template is not among `templates` (the loaded ones), as readable lines. */
export function unknownTemplates(mapping: GithubEnvironments, templates: ReadonlySet<string>): string[] {
  return Object.entries(mapping.repositories).flatMap(([repository, { environments }]) =>
    Object.entries(environments)
      .filter(([, target]) => !templates.has(target.template))
      .map(([name, target]) => `${repository} ${name}: no template called ${target.template}`),
  );
}
