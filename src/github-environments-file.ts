import { readFileSync } from 'node:fs';
import { type GithubEnvironments, parseGithubEnvironments } from './domain/github-environments.ts';

/**
 * Reads GITHUB_ENVIRONMENTS_FILE (config.ts, at startup): the mapping, or every problem named with the file, line
 * and column, as a template's are.
 */
export function loadGithubEnvironments(
  file: string,
): { ok: true; mapping: GithubEnvironments } | { ok: false; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      problems: [
        `GITHUB_ENVIRONMENTS_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): ${file}`,
      ],
    };
  }
  const parsed = parseGithubEnvironments(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.issues.map(
      (issue) =>
        `GITHUB_ENVIRONMENTS_FILE ${file}:${issue.line}:${issue.column}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`,
    ),
  };
}
